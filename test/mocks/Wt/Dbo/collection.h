//===- Wt/Dbo/collection.h - Wt::Dbo mock: collection -----------*- C++ -*-===//
//
// Part of assoc-tidy's tests: a declaration-only mock of Wt::Dbo (emweb/wt
// 4.x), the way clang-tidy's tests mock the standard library. Wt is GPL or
// commercial; these are signatures written for assoc-tidy's tests, not Wt's
// code. Same namespaces, templates and overloads as Wt; no behaviour.
//
// collection<ptr<C>> is the "many" side of a relation mapped with hasMany(),
// and also the result list of a Query. Wt's iterators derive from
// std::iterator; the mock spells the five member types out instead, because
// std::iterator is deprecated in C++17 and would warn in every test.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_MOCK_WT_DBO_COLLECTION_H
#define ASSOC_TIDY_MOCK_WT_DBO_COLLECTION_H

#include <Wt/Dbo/Session.h>
#include <Wt/Dbo/ptr.h>

#include <cstddef>
#include <iterator>

namespace Wt {
namespace Dbo {

struct DirectBinding;
struct DynamicBinding;
template <class Result, typename BindStrategy> class Query;

template <class C> class collection {
public:
  typedef C value_type;
  typedef value_type key_type;
  typedef const value_type &const_reference;
  typedef std::size_t size_type;
  typedef std::ptrdiff_t difference_type;
  typedef value_type *pointer;
  typedef const value_type *const_pointer;

  class const_iterator;

  /// An input iterator: the collection is backed by an SQL query.
  class iterator {
  public:
    typedef std::input_iterator_tag iterator_category;
    typedef C value_type;
    typedef std::ptrdiff_t difference_type;
    typedef C *pointer;
    typedef C &reference;

    iterator(const iterator &other);
    ~iterator();
    iterator &operator=(const iterator &other);

    C &operator*();
    C *operator->();
    bool operator==(const iterator &other) const;
    bool operator!=(const iterator &other) const;
    iterator &operator++();
    iterator operator++(int);

  private:
    iterator();

    friend class collection<C>;
    friend class const_iterator;
  };

  class const_iterator {
  public:
    typedef std::input_iterator_tag iterator_category;
    typedef C value_type;
    typedef std::ptrdiff_t difference_type;
    typedef const C *pointer;
    typedef C reference;

    const_iterator(const const_iterator &other);
    const_iterator(const typename collection<C>::iterator &other);
    const_iterator &operator=(const const_iterator &other);
    const_iterator &operator=(const iterator &other);

    C operator*();
    const C *operator->();
    bool operator==(const const_iterator &other) const;
    bool operator!=(const const_iterator &other) const;
    const_iterator &operator++();
    const_iterator operator++(int);

  private:
    const_iterator();

    friend class collection<C>;
  };

  collection();
  collection(const collection<C> &other);
  collection(collection<C> &&other) noexcept;
  collection<C> &operator=(const collection<C> &other);
  collection<C> &operator=(collection<C> &&other) noexcept;
  ~collection();

  iterator begin();
  iterator end();
  const_iterator begin() const;
  const_iterator end() const;

  C front() const;
  size_type size() const;
  bool empty() const;

  /// insert(), erase(), clear() and count() work on relation collections
  /// only, not on query results.
  void insert(C c);
  void erase(C c);
  void clear();
  int count(C c) const;

  Session *session() const;
  Query<C, DynamicBinding> find() const;
};

} // namespace Dbo
} // namespace Wt

#endif // ASSOC_TIDY_MOCK_WT_DBO_COLLECTION_H
