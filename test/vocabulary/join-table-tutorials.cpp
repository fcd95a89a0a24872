// RUN: %gxx -std=c++17 -Wall -Wextra -Wpedantic -Werror -fsyntax-only -I%assoc_include %s
// RUN: %gxx -std=c++20 -Wall -Wextra -Wpedantic -Werror -fsyntax-only -I%assoc_include %s
// RUN: %clangxx -std=c++17 -Wall -Wextra -Wpedantic -Werror -fsyntax-only -I%assoc_include %s
// RUN: %clangxx -std=c++20 -Wall -Wextra -Wpedantic -Werror -fsyntax-only -I%assoc_include %s
// Correct models: no assoc check may fire on them (standalone and plugin),
// except the policy check assoc-missing-dependent: the sources leave most
// dependent options out.
// RUN: %check_assoc_tidy %s 'assoc-*,-assoc-missing-dependent' %t

//===- join-table-tutorials.cpp - Join-table tutorials, in assoc ----------===//
//
// The models of the join-table tutorials in shared/reference/
// (sinatra-join-tables.md, has-many-through.md, sequelize-join-tables.md,
// sequelize-many-to-many.md) written with the assoc vocabulary, one
// namespace per example. The Sequelize ones are translated into what an
// ActiveRecord user would write for the same tables: a bare join table
// becomes has_and_belongs_to_many with join_table and keys; where a join
// row deserves a model, a second namespace shows the has_many :through form.
//
// Like rails-guide.cpp, this is part of the linter's no-false-positive
// corpus: every declaration is correct on both sides.
//
//===----------------------------------------------------------------------===//

#include <assoc/associations.hpp>

#include "Inputs/declaration_checks.h"

#include <cstddef>

using assoc::kind;
using assoc::option_key;

//===----------------------------------------------------------------------===//
// sinatra-join-tables.md
//===----------------------------------------------------------------------===//

// The one-to-many the tutorial starts from: pets.owner_id.
namespace sinatra_owners {
struct Pet;

struct Owner : assoc::model<Owner> {
  static constexpr auto associations =
      assoc::declare(assoc::has_many<Pet>("pets"));
};

struct Pet : assoc::model<Pet> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Owner>("owner"));
};

static_assert(decltype(Owner::associations)::size() == 1);
static_assert(check::declares(Pet::associations, kind::belongs_to, "owner"));
} // namespace sinatra_owners

// User and Item through the join model UserItem (table user_items, with
// user_id and item_id).
namespace sinatra_user_items {
struct UserItem;
struct Item;

struct User : assoc::model<User> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<UserItem>("user_items"),
      assoc::has_many<Item>("items", assoc::through("user_items")));
};

struct Item : assoc::model<Item> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<UserItem>("user_items"),
      assoc::has_many<User>("users", assoc::through("user_items")));
};

struct UserItem : assoc::model<UserItem> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<User>("user"), assoc::belongs_to<Item>("item"));
};

static_assert(decltype(User::associations)::size() == 2);
static_assert(decltype(Item::associations)::size() == 2);
static_assert(decltype(UserItem::associations)::size() == 2);
static_assert(check::wellFormed(User::associations));
static_assert(check::wellFormed(Item::associations));
static_assert(check::optionIs(User::associations, "items",
                              option_key::through, "user_items"));
static_assert(check::declares(UserItem::associations, kind::belongs_to,
                              "item"));
static_assert(check::declares(UserItem::associations, kind::belongs_to,
                              "user"));
} // namespace sinatra_user_items

//===----------------------------------------------------------------------===//
// has-many-through.md
//===----------------------------------------------------------------------===//

// Physician, Appointment, Patient, with dependent: :destroy on the join
// records.
namespace tutorial_appointments {
struct Appointment;
struct Patient;

struct Physician : assoc::model<Physician> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Appointment>("appointments",
                                   assoc::dependent("destroy")),
      assoc::has_many<Patient>("patients", assoc::through("appointments")));
};

struct Appointment : assoc::model<Appointment> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Physician>("physician"),
                     assoc::belongs_to<Patient>("patient"));
};

struct Patient : assoc::model<Patient> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Appointment>("appointments"),
      assoc::has_many<Physician>("physicians",
                                 assoc::through("appointments")));
};

static_assert(check::wellFormed(Physician::associations));
static_assert(check::wellFormed(Patient::associations));
static_assert(check::optionIs(Physician::associations, "appointments",
                              option_key::dependent, "destroy"));
} // namespace tutorial_appointments

//===----------------------------------------------------------------------===//
// sequelize-join-tables.md: a user's favorite shows
//===----------------------------------------------------------------------===//

// The join table is named, not derived (the default would be shows_users).
// favorites' keys are the defaults, user_id and show_id: the association
// key comes from the target class, Show, not from the name `favorites`.
namespace sequelize_favorites {
struct Show;

struct User : assoc::model<User> {
  static constexpr auto associations =
      assoc::declare(assoc::has_and_belongs_to_many<Show>(
          "favorites", assoc::join_table("user_favorites")));
};

struct Show : assoc::model<Show> {
  static constexpr auto associations =
      assoc::declare(assoc::has_and_belongs_to_many<User>(
          "users", assoc::join_table("user_favorites")));
};

static_assert(check::mirrored(User::associations, "favorites",
                              Show::associations, "users"));
static_assert(check::optionIs(Show::associations, "users",
                              option_key::join_table, "user_favorites"));
} // namespace sequelize_favorites

// The same tables with the tutorial's id and timestamps on the join rows,
// which in ActiveRecord makes them a model, UserFavorite (user_favorites).
// `favorites` needs source: the join model has `show`, not `favorite`.
namespace sequelize_favorites_model {
struct UserFavorite;
struct Show;

struct User : assoc::model<User> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<UserFavorite>("user_favorites",
                                    assoc::dependent("destroy")),
      assoc::has_many<Show>("favorites", assoc::through("user_favorites"),
                            assoc::source("show")));
};

struct Show : assoc::model<Show> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<UserFavorite>("user_favorites",
                                    assoc::dependent("destroy")),
      assoc::has_many<User>("users", assoc::through("user_favorites")));
};

struct UserFavorite : assoc::model<UserFavorite> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<User>("user"), assoc::belongs_to<Show>("show"));
};

static_assert(check::wellFormed(User::associations));
static_assert(check::wellFormed(Show::associations));
static_assert(check::optionIs(User::associations, "favorites",
                              option_key::source, "show"));
static_assert(check::declares(UserFavorite::associations, kind::belongs_to,
                              "show"));
} // namespace sequelize_favorites_model

// The tutorial's exercise: lifeguards who work at many beaches. The
// conventional join table, beaches_lifeguards, sorts the owner's table last.
namespace sequelize_lifeguards {
struct Beach;

struct Lifeguard : assoc::model<Lifeguard> {
  static constexpr auto associations =
      assoc::declare(assoc::has_and_belongs_to_many<Beach>("beaches"));
};

struct Beach : assoc::model<Beach> {
  static constexpr auto associations =
      assoc::declare(assoc::has_and_belongs_to_many<Lifeguard>("lifeguards"));
};

static_assert(check::declares(Lifeguard::associations,
                              kind::has_and_belongs_to_many, "beaches"));
static_assert(check::declares(Beach::associations,
                              kind::has_and_belongs_to_many, "lifeguards"));
} // namespace sequelize_lifeguards

//===----------------------------------------------------------------------===//
// sequelize-many-to-many.md: events and their guests (rsvps)
//===----------------------------------------------------------------------===//

// Table rsvps with guest_id and event_id: guest_id is the user's key, so it
// is User's foreign_key and Event's association_foreign_key.
namespace sequelize_rsvps {
struct User;

struct Event : assoc::model<Event> {
  static constexpr auto associations =
      assoc::declare(assoc::has_and_belongs_to_many<User>(
          "guests", assoc::join_table("rsvps"),
          assoc::foreign_key("event_id"),
          assoc::association_foreign_key("guest_id")));
};

struct User : assoc::model<User> {
  static constexpr auto associations =
      assoc::declare(assoc::has_and_belongs_to_many<Event>(
          "events", assoc::join_table("rsvps"),
          assoc::foreign_key("guest_id"),
          assoc::association_foreign_key("event_id")));
};

static_assert(check::mirrored(Event::associations, "guests",
                              User::associations, "events"));
static_assert(check::optionIs(User::associations, "events",
                              option_key::foreign_key, "guest_id"));
} // namespace sequelize_rsvps

// The same with a join model, Rsvp (table rsvps). User's side names its key,
// so neither side finds the other automatically: inverse_of on both.
// `attendees` shows source with a name unlike the source's.
namespace sequelize_rsvps_model {
struct Rsvp;
struct Event;

struct User : assoc::model<User> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Rsvp>("rsvps", assoc::foreign_key("guest_id"),
                            assoc::inverse_of("guest"),
                            assoc::dependent("destroy")),
      assoc::has_many<Event>("events", assoc::through("rsvps")));
};

struct Event : assoc::model<Event> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Rsvp>("rsvps", assoc::dependent("destroy")),
      assoc::has_many<User>("attendees", assoc::through("rsvps"),
                            assoc::source("guest")));
};

struct Rsvp : assoc::model<Rsvp> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Event>("event"),
                     assoc::belongs_to<User>("guest",
                                             assoc::inverse_of("rsvps")));
};

static_assert(check::wellFormed(User::associations));
static_assert(check::wellFormed(Event::associations));
static_assert(check::inverseIn(User::associations, "rsvps",
                               Rsvp::associations));
static_assert(check::inverseIn(Rsvp::associations, "guest",
                               User::associations));
static_assert(check::optionIs(Event::associations, "attendees",
                              option_key::source, "guest"));
static_assert(check::declares(Rsvp::associations, kind::belongs_to, "guest"));
} // namespace sequelize_rsvps_model

//===----------------------------------------------------------------------===//
// sequelize-many-to-many.md: self-referential associations
//===----------------------------------------------------------------------===//

// Subitems: Sequelize's Item.hasMany(Item) puts the parent's key, item_id,
// on items itself. In ActiveRecord that is a self-join whose two sides both
// name item_id.
namespace sequelize_subitems {
struct Item : assoc::model<Item> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Item>("subitems", assoc::foreign_key("item_id"),
                            assoc::inverse_of("parent")),
      assoc::belongs_to<Item>("parent", assoc::foreign_key("item_id"),
                              assoc::inverse_of("subitems"),
                              assoc::optional()));
};

static_assert(decltype(Item::associations)::size() == 2);
static_assert(check::inverseIn(Item::associations, "subitems",
                               Item::associations));
static_assert(check::inverseIn(Item::associations, "parent",
                               Item::associations));
} // namespace sequelize_subitems

// Friends: table friends with user_id and friend_id. A symmetric
// friendship is one declaration that is its own other side.
namespace sequelize_friends {
struct User : assoc::model<User> {
  static constexpr auto associations =
      assoc::declare(assoc::has_and_belongs_to_many<User>(
          "friends", assoc::join_table("friends"),
          assoc::foreign_key("user_id"),
          assoc::association_foreign_key("friend_id")));
};

static_assert(decltype(User::associations)::size() == 1);
static_assert(check::optionIs(User::associations, "friends",
                              option_key::join_table, "friends"));
static_assert(check::optionIs(User::associations, "friends",
                              option_key::association_foreign_key,
                              "friend_id"));
} // namespace sequelize_friends

// Followers and follows: one table, follows (follow_id, follower_id), read
// in both directions. Each direction's foreign_key is the other's
// association_foreign_key.
namespace sequelize_followers {
struct User : assoc::model<User> {
  static constexpr auto associations = assoc::declare(
      // Who follows me: rows whose follow_id is mine.
      assoc::has_and_belongs_to_many<User>(
          "followers", assoc::join_table("follows"),
          assoc::foreign_key("follow_id"),
          assoc::association_foreign_key("follower_id")),
      // Whom I follow: rows whose follower_id is mine.
      assoc::has_and_belongs_to_many<User>(
          "follows", assoc::join_table("follows"),
          assoc::foreign_key("follower_id"),
          assoc::association_foreign_key("follow_id")));
};

static_assert(decltype(User::associations)::size() == 2);
static_assert(check::wellFormed(User::associations));
static_assert(check::mirrored(User::associations, "followers",
                              User::associations, "follows"));
} // namespace sequelize_followers

// Friends with a join model, Friendship (friendships: user_id, friend_id),
// both directions: friends (rows that are mine) and inverse_friends (rows
// that name me as the friend).
namespace friendships_model {
struct Friendship;

struct User : assoc::model<User> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Friendship>("friendships", assoc::dependent("destroy")),
      assoc::has_many<User>("friends", assoc::through("friendships")),
      assoc::has_many<Friendship>("inverse_friendships",
                                  assoc::foreign_key("friend_id"),
                                  assoc::inverse_of("friend"),
                                  assoc::dependent("destroy")),
      assoc::has_many<User>("inverse_friends",
                            assoc::through("inverse_friendships"),
                            assoc::source("user")));
};

struct Friendship : assoc::model<Friendship> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<User>("user"),
      assoc::belongs_to<User>("friend",
                              assoc::inverse_of("inverse_friendships")));
};

static_assert(decltype(User::associations)::size() == 4);
static_assert(check::wellFormed(User::associations));
static_assert(check::inverseIn(User::associations, "inverse_friendships",
                               Friendship::associations));
static_assert(check::inverseIn(Friendship::associations, "friend",
                               User::associations));
static_assert(check::optionIs(User::associations, "inverse_friends",
                              option_key::source, "user"));
} // namespace friendships_model

// Followers with a join model, Relationship (relationships: follower_id,
// followed_id), as a has_many :through in each direction.
namespace relationships_model {
struct Relationship;

struct User : assoc::model<User> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Relationship>("active_relationships",
                                    assoc::foreign_key("follower_id"),
                                    assoc::inverse_of("follower"),
                                    assoc::dependent("destroy")),
      assoc::has_many<User>("followed_users",
                            assoc::through("active_relationships"),
                            assoc::source("followed")),
      assoc::has_many<Relationship>("passive_relationships",
                                    assoc::foreign_key("followed_id"),
                                    assoc::inverse_of("followed"),
                                    assoc::dependent("destroy")),
      assoc::has_many<User>("followers",
                            assoc::through("passive_relationships"),
                            assoc::source("follower")));
};

struct Relationship : assoc::model<Relationship> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<User>("follower",
                              assoc::inverse_of("active_relationships")),
      assoc::belongs_to<User>("followed",
                              assoc::inverse_of("passive_relationships")));
};

static_assert(decltype(User::associations)::size() == 4);
static_assert(check::wellFormed(User::associations));
static_assert(check::inverseIn(User::associations, "active_relationships",
                               Relationship::associations));
static_assert(check::inverseIn(User::associations, "passive_relationships",
                               Relationship::associations));
static_assert(check::inverseIn(Relationship::associations, "follower",
                               User::associations));
static_assert(check::inverseIn(Relationship::associations, "followed",
                               User::associations));
} // namespace relationships_model
