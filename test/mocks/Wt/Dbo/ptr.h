//===- Wt/Dbo/ptr.h - Wt::Dbo mock: ptr, Dbo, dbo_traits --------*- C++ -*-===//
//
// Part of assoc-tidy's tests: a declaration-only mock of Wt::Dbo (emweb/wt
// 4.x), the way clang-tidy's tests mock the standard library. Wt is GPL or
// commercial; these are signatures written for assoc-tidy's tests, not Wt's
// code. Same namespaces, templates and overloads as Wt; no behaviour.
//
// ptr<C> is the owning pointer of a mapped object, Dbo<C> the optional base
// of a model, and dbo_traits<C> the traits users specialise to rename or drop
// the surrogate id and version fields. As in Wt, instantiating ptr<C> or
// Dbo<C> instantiates dbo_traits<C>, so a specialisation must come before the
// first model member of type ptr<C> (Wt documents the same ordering rule).
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_MOCK_WT_DBO_PTR_H
#define ASSOC_TIDY_MOCK_WT_DBO_PTR_H

#include <Wt/Dbo/SqlTraits.h>

#include <cstddef>
#include <iosfwd>
#include <memory>
#include <string>
#include <type_traits>

namespace Wt {
namespace Dbo {

class Session;
template <class C> class collection;
template <class C> class ptr;
template <class C> class weak_ptr;

/// Defaults of every mapped class: a `long long` surrogate key "id" and an
/// optimistic-locking "version" field. Wt defines the three functions inline
/// (returning -1, "id" and "version"); the mock only declares them.
struct dbo_default_traits {
  typedef long long IdType;

  static IdType invalidId();
  static const char *surrogateIdField();
  static const char *versionField();
};

/// Users specialise this for a class, usually deriving from
/// dbo_default_traits, e.g. to return "post_id" from surrogateIdField(), or
/// nullptr to use a natural id declared with Wt::Dbo::id().
template <class C> struct dbo_traits : public dbo_default_traits {};

/// Optional CRTP base of a model: `class Post : public Wt::Dbo::Dbo<Post>`
/// gives the object access to its own id and session.
template <class C> class Dbo {
public:
  Dbo();
  Dbo(const Dbo<C> &other);

  typename dbo_traits<C>::IdType id() const;
  Session *session() const;
  void setDirty();
  bool isDirty() const;
  ptr<C> self() const;
};

class ptr_base {
public:
  ptr_base();
  virtual ~ptr_base();
};

template <class C> std::ostream &operator<<(std::ostream &o, const ptr<C> &p);

/// Reference-counted pointer to a mapped object. Reading goes through the
/// const operator->; writing through modify().
template <class C> class ptr : public ptr_base {
private:
  typedef typename std::remove_const<C>::type MutC;

public:
  typedef C pointed;

  /// The proxy modify() returns: it marks the object dirty when destroyed.
  class mutator {
  public:
    ~mutator();

    C *operator->() const;
    C &operator*() const;
    operator C *() const;
  };

  ptr();
  ptr(std::nullptr_t);
  ptr(std::unique_ptr<C> obj);
  ptr(const ptr<C> &other);
  template <class D,
            class = typename std::enable_if<std::is_same<MutC, D>::value>::type>
  ptr(const ptr<D> &other);
  ptr(ptr<C> &&other) noexcept;
  template <class D,
            class = typename std::enable_if<std::is_same<MutC, D>::value>::type>
  ptr(ptr<D> &&other) noexcept;
  virtual ~ptr();

  void reset(std::unique_ptr<C> obj = nullptr);

  ptr<C> &operator=(const ptr<C> &other);
  template <class D,
            class = typename std::enable_if<std::is_same<MutC, D>::value>::type>
  ptr<C> &operator=(const ptr<D> &other);
  ptr<C> &operator=(ptr<C> &&other) noexcept;
  template <class D,
            class = typename std::enable_if<std::is_same<MutC, D>::value>::type>
  ptr<C> &operator=(ptr<D> &&other) noexcept;

  const C *operator->() const;
  const C *get() const;
  const C &operator*() const;
  mutator modify() const;

  bool operator==(const ptr<MutC> &other) const;
  bool operator==(const ptr<const C> &other) const;
  bool operator==(const weak_ptr<MutC> &other) const;
  bool operator==(const weak_ptr<const C> &other) const;
  bool operator!=(const ptr<MutC> &other) const;
  bool operator!=(const ptr<const C> &other) const;
  bool operator!=(const weak_ptr<MutC> &other) const;
  bool operator!=(const weak_ptr<const C> &other) const;
  bool operator<(const ptr<MutC> &other) const;
  bool operator<(const ptr<const C> &other) const;

  explicit operator bool() const;

  void flush() const;
  void remove();
  void reread();
  void purge();

  typename dbo_traits<C>::IdType id() const;
  int version() const;
  bool isTransient() const;
  bool isDirty() const;
  Session *session() const;
};

/// Shorthand for `ptr<T>(std::unique_ptr<T>(new T(args...)))`.
template <typename T, typename... Args> ptr<T> make_ptr(Args &&...args);

} // namespace Dbo
} // namespace Wt

#endif // ASSOC_TIDY_MOCK_WT_DBO_PTR_H
