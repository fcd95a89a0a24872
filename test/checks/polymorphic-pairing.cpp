// RUN: %check_assoc_tidy %s assoc-polymorphic-pairing %t
// RUN: %check_assoc_tidy %s assoc-polymorphic-pairing %t -- -- -std=c++20

#include <assoc/associations.hpp>

// The Rails guide's pairing (2.9): both sides agree, nothing to say. A
// has_one as: is checked like a has_many one.
namespace guide {
struct Picture : assoc::model<Picture> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<assoc::polymorphic>("imageable"));
};

struct Employee : assoc::model<Employee> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Picture>("pictures", assoc::as("imageable")));
};

struct Product : assoc::model<Product> {
  static constexpr auto associations = assoc::declare(
      assoc::has_one<Picture>("main_picture", assoc::as("imageable")),
      assoc::has_many<Picture>("pictures", assoc::as("imageable")));
};
} // namespace guide

// A polymorphic belongs_to that no as: names in this file: another
// translation unit may name it, so only the whole-program run can tell.
namespace unnamed {
struct Comment : assoc::model<Comment> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<assoc::polymorphic>("commentable"));
};
} // namespace unnamed

namespace shop {
struct Order;
struct Note;

struct Picture : assoc::model<Picture> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<assoc::polymorphic>("imageable"),
      assoc::belongs_to<assoc::polymorphic>("attachable"),
      assoc::belongs_to<Order>("owner"));
};

// as: names nothing on the target: ActiveRecord reads other columns. The
// guess comes from the target's polymorphic belongs_to only.
struct Employee : assoc::model<Employee> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Picture>("pictures", assoc::as("imagable")),
      // CHECK-NOTES: :[[@LINE-1]]:54: error: has_many 'pictures': as: 'imagable' names no polymorphic belongs_to of 'shop::Picture' (ActiveRecord would read columns 'imagable_id' and 'imagable_type'); did you mean 'imageable'? [assoc-polymorphic-pairing]
      // CHECK-NOTES: :[[@LINE-13]]:8: note: 'shop::Picture' is defined here
      assoc::has_one<Picture>("badge", assoc::as("attachible")),
      // CHECK-NOTES: :[[@LINE-1]]:50: error: has_one 'badge': as: 'attachible' names no polymorphic belongs_to of 'shop::Picture' (ActiveRecord would read columns 'attachible_id' and 'attachible_type'); did you mean 'attachable'? [assoc-polymorphic-pairing]
      // CHECK-NOTES: :[[@LINE-16]]:8: note: 'shop::Picture' is defined here
      assoc::has_many<Picture>("photos", assoc::as("owne")),
      // CHECK-NOTES: :[[@LINE-1]]:52: error: has_many 'photos': as: 'owne' names no polymorphic belongs_to of 'shop::Picture' (ActiveRecord would read columns 'owne_id' and 'owne_type') [assoc-polymorphic-pairing]
      // CHECK-NOTES: :[[@LINE-19]]:8: note: 'shop::Picture' is defined here
      assoc::has_many<Picture>("images", assoc::as("image")));
  // CHECK-NOTES: :[[@LINE-1]]:52: error: has_many 'images': as: 'image' names no polymorphic belongs_to of 'shop::Picture' (ActiveRecord would read columns 'image_id' and 'image_type') [assoc-polymorphic-pairing]
  // CHECK-NOTES: :[[@LINE-22]]:8: note: 'shop::Picture' is defined here
};

// as: names a belongs_to that is not polymorphic: ActiveRecord accepts it.
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Picture>("pictures", assoc::as("owner")));
  // CHECK-NOTES: :[[@LINE-1]]:54: error: has_many 'pictures': as: 'owner' names a belongs_to that is not polymorphic; ActiveRecord accepts it and reads a 'owner_type' column the other side never writes [assoc-polymorphic-pairing]
  // CHECK-NOTES: :[[@LINE-26]]:32: note: 'owner' is declared here
};

// as: names an association of another kind.
struct Attachment : assoc::model<Attachment> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Note>("notes"), assoc::has_one<Note>("subject"));
};
struct Note : assoc::model<Note> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Attachment>("attachments", assoc::as("notes")),
      // CHECK-NOTES: :[[@LINE-1]]:60: error: has_many 'attachments': as: 'notes' names a has_many that is not polymorphic; ActiveRecord accepts it and reads a 'notes_type' column the other side never writes [assoc-polymorphic-pairing]
      // CHECK-NOTES: :[[@LINE-6]]:29: note: 'notes' is declared here
      assoc::has_one<Attachment>("attachment", assoc::as("subject")));
  // CHECK-NOTES: :[[@LINE-1]]:58: error: has_one 'attachment': as: 'subject' names a has_one that is not polymorphic; ActiveRecord accepts it and reads a 'subject_type' column the other side never writes [assoc-polymorphic-pairing]
  // CHECK-NOTES: :[[@LINE-9]]:60: note: 'subject' is declared here
};
} // namespace shop

// The target is defined after the as: that names it: still checked.
namespace later {
struct Photo;
struct Gallery : assoc::model<Gallery> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Photo>("photos", assoc::as("imageable")));
  // CHECK-NOTES: :[[@LINE-1]]:50: error: has_many 'photos': as: 'imageable' names no polymorphic belongs_to of 'later::Photo' (ActiveRecord would read columns 'imageable_id' and 'imageable_type') [assoc-polymorphic-pairing]
  // CHECK-NOTES: :[[@LINE+2]]:8: note: 'later::Photo' is defined here
};
struct Photo : assoc::model<Photo> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<assoc::polymorphic>("attachable"));
};
} // namespace later

// The target is only forward-declared here: its definition is elsewhere,
// so nothing is known about it and nothing is said.
namespace elsewhere {
struct Attachment;
struct NotAModel {};
struct Post : assoc::model<Post> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Attachment>("attachments", assoc::as("anything")),
      assoc::has_one<NotAModel>("thing", assoc::as("anything")));
};
} // namespace elsewhere

// The last declaration of a name is the one ActiveRecord keeps, on either
// side.
namespace repeated {
struct Asset : assoc::model<Asset> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<assoc::polymorphic>("holder"),
      assoc::belongs_to<assoc::polymorphic>("owner"),
      assoc::belongs_to<Asset>("owner"));
};
struct Vault : assoc::model<Vault> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Asset>("assets", assoc::as("owner")),
      // CHECK-NOTES: :[[@LINE-1]]:50: error: has_many 'assets': as: 'owner' names a belongs_to that is not polymorphic; ActiveRecord accepts it and reads a 'owner_type' column the other side never writes [assoc-polymorphic-pairing]
      // CHECK-NOTES: :[[@LINE-6]]:32: note: 'owner' is declared here
      assoc::has_many<Asset>("held", assoc::as("hodler"), assoc::as("holder")));
};
} // namespace repeated

// A value that is not a literal is evaluated, and reported where it is used.
namespace constants {
constexpr const char *Taggable = "tagable";
#define TAGGABLE "tagable"
struct Tagging : assoc::model<Tagging> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<assoc::polymorphic>("taggable"));
};
struct Article : assoc::model<Article> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Tagging>("taggings", assoc::as(Taggable)),
      // CHECK-NOTES: :[[@LINE-1]]:54: error: has_many 'taggings': as: 'tagable' names no polymorphic belongs_to of 'constants::Tagging' (ActiveRecord would read columns 'tagable_id' and 'tagable_type'); did you mean 'taggable'? [assoc-polymorphic-pairing]
      // CHECK-NOTES: :[[@LINE-8]]:8: note: 'constants::Tagging' is defined here
      assoc::has_many<Tagging>("labels", assoc::as(TAGGABLE)));
  // CHECK-NOTES: :[[@LINE-1]]:52: error: has_many 'labels': as: 'tagable' names no polymorphic belongs_to of 'constants::Tagging' (ActiveRecord would read columns 'tagable_id' and 'tagable_type'); did you mean 'taggable'? [assoc-polymorphic-pairing]
  // CHECK-NOTES: :[[@LINE-11]]:8: note: 'constants::Tagging' is defined here
};
} // namespace constants

// Single-table inheritance: a subclass has its parent's associations.
namespace sti {
struct Owner;
struct Vehicle : assoc::model<Vehicle> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<assoc::polymorphic>("ownable"),
      assoc::belongs_to<Owner>("driver"));
};
struct Car : Vehicle {};
struct Owner : assoc::model<Owner> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Car>("cars", assoc::as("ownable")),
      assoc::has_many<Car>("driven_cars", assoc::as("driver")),
      // CHECK-NOTES: :[[@LINE-1]]:53: error: has_many 'driven_cars': as: 'driver' names a belongs_to that is not polymorphic; ActiveRecord accepts it and reads a 'driver_type' column the other side never writes [assoc-polymorphic-pairing]
      // CHECK-NOTES: :[[@LINE-8]]:32: note: 'driver' is declared here
      assoc::has_many<Car>("rides", assoc::as("rider")));
  // CHECK-NOTES: :[[@LINE-1]]:47: error: has_many 'rides': as: 'rider' names no polymorphic belongs_to of 'sti::Car' (ActiveRecord would read columns 'rider_id' and 'rider_type') [assoc-polymorphic-pairing]
  // CHECK-NOTES: :[[@LINE-9]]:8: note: 'sti::Car' is defined here
};
} // namespace sti

// NOLINT silences the error.
namespace quiet {
struct Picture : assoc::model<Picture> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<assoc::polymorphic>("imageable"));
};
struct Employee : assoc::model<Employee> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Picture>("pictures", assoc::as("imagable"))); // NOLINT(assoc-polymorphic-pairing)
};
} // namespace quiet
