//===- Wt/Dbo/weak_ptr.h - Wt::Dbo mock: weak_ptr ---------------*- C++ -*-===//
//
// Part of assoc-tidy's tests: a declaration-only mock of Wt::Dbo (emweb/wt
// 4.x), the way clang-tidy's tests mock the standard library. Wt is GPL or
// commercial; these are signatures written for assoc-tidy's tests, not Wt's
// code. Same namespaces, templates and overloads as Wt; no behaviour.
//
// weak_ptr<C> is the "one" side of a one-to-one relation, mapped with
// hasOne(): it holds no reference (that would make a cycle with the other
// side's ptr) and is read through a query.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_MOCK_WT_DBO_WEAK_PTR_H
#define ASSOC_TIDY_MOCK_WT_DBO_WEAK_PTR_H

#include <Wt/Dbo/Session.h>
#include <Wt/Dbo/ptr.h>

#include <type_traits>

namespace Wt {
namespace Dbo {

template <class C> class weak_ptr {
private:
  typedef typename std::remove_const<C>::type MutC;

public:
  typedef C pointed;

  /// What operator-> returns: a ptr<C> kept alive for one member access.
  class accessor {
  public:
    accessor(const ptr<C> &p);

    const C *operator->() const;
    const C &operator*() const;
    operator const C *() const;
  };

  /// What modify() returns; marks the object dirty when destroyed.
  class mutator {
  public:
    mutator(const ptr<C> &p);
    ~mutator();

    C *operator->() const;
    C &operator*() const;
    operator C *() const;
  };

  weak_ptr();
  weak_ptr(const weak_ptr<C> &other);
  template <class D,
            class = typename std::enable_if<std::is_same<MutC, D>::value>::type>
  weak_ptr(const weak_ptr<D> &other);
  weak_ptr(weak_ptr<C> &&other) noexcept;
  template <class D,
            class = typename std::enable_if<std::is_same<MutC, D>::value>::type>
  weak_ptr(weak_ptr<D> &&other) noexcept;

  void reset(C *obj = 0);

  weak_ptr<C> &operator=(const weak_ptr<C> &other);
  template <class D,
            class = typename std::enable_if<std::is_same<MutC, D>::value>::type>
  weak_ptr<C> &operator=(const weak_ptr<D> &other);
  weak_ptr<C> &operator=(weak_ptr<C> &&other) noexcept;
  template <class D,
            class = typename std::enable_if<std::is_same<MutC, D>::value>::type>
  weak_ptr<C> &operator=(weak_ptr<D> &&other) noexcept;
  weak_ptr<C> &operator=(const ptr<C> &other);
  template <class D,
            class = typename std::enable_if<std::is_same<MutC, D>::value>::type>
  weak_ptr<C> &operator=(const ptr<D> &other);

  accessor operator->() const;
  mutator modify() const;

  bool operator==(const weak_ptr<MutC> &other) const;
  bool operator==(const weak_ptr<const C> &other) const;
  bool operator==(const ptr<MutC> &other) const;
  bool operator==(const ptr<const C> &other) const;
  bool operator!=(const weak_ptr<MutC> &other) const;
  bool operator!=(const weak_ptr<const C> &other) const;
  bool operator!=(const ptr<MutC> &other) const;
  bool operator!=(const ptr<const C> &other) const;

  explicit operator bool() const;

  // Wt also declares a conversion template to ptr<const C>; left out because
  // its enable_if does not constrain anything and the mock has no use for it.
  operator ptr<C>() const;
  ptr<C> query() const;
  ptr<C> lock() const;

  typename dbo_traits<C>::IdType id() const;
};

} // namespace Dbo
} // namespace Wt

#endif // ASSOC_TIDY_MOCK_WT_DBO_WEAK_PTR_H
