// Backup: an archive of a user's data, built on request.
#ifndef SOCIAL_BACKUP_H
#define SOCIAL_BACKUP_H

#include <assoc/associations.hpp>

namespace social {
struct User;

struct Backup : assoc::model<Backup> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<User>("user", assoc::inverse_of("backups")));
};
} // namespace social

#endif // SOCIAL_BACKUP_H
