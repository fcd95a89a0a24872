// Poll: attached to a status. PollVote: one account's choice.
#ifndef SOCIAL_POLL_H
#define SOCIAL_POLL_H

#include <assoc/associations.hpp>

namespace social {
struct Account;
struct PollVote;
struct Status;

struct Poll : assoc::model<Poll> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Account>("account"),
      assoc::belongs_to<Status>("status", assoc::inverse_of("poll"),
                                assoc::optional()),
      assoc::has_many<PollVote>("votes", assoc::inverse_of("poll"),
                                assoc::dependent("delete_all")),
      assoc::has_many<Account>("voters", assoc::through("votes"),
                               assoc::source("account")));
};

struct PollVote : assoc::model<PollVote> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Account>("account"),
      assoc::belongs_to<Poll>("poll", assoc::inverse_of("votes"),
                              assoc::touch()),
      assoc::has_one<Status>("status", assoc::through("poll")));
};
} // namespace social

#endif // SOCIAL_POLL_H
