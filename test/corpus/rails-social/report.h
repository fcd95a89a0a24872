// Report: an account reports another to the moderators. ReportNote: a
// moderator's note on it. ReportedStatus: a status cited as evidence.
#ifndef SOCIAL_REPORT_H
#define SOCIAL_REPORT_H

#include <assoc/associations.hpp>

namespace social {
struct Account;
struct Moderator;
struct ReportNote;
struct ReportedStatus;
struct Status;
struct User;

struct Report : assoc::model<Report> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Account>("account", assoc::inverse_of("reports")),
      assoc::belongs_to<Account>("target_account",
                                 assoc::inverse_of("targeted_reports")),
      assoc::belongs_to<Account>("assigned_account", assoc::optional()),
      // A User; the has_many back is on the subclass Moderator.
      assoc::belongs_to<User>("assigned_user", assoc::optional()),
      assoc::belongs_to<Account>("action_taken_by_account", assoc::optional()),
      assoc::has_many<ReportNote>("notes", assoc::inverse_of("report"),
                                  assoc::dependent("destroy")),
      assoc::has_many<ReportedStatus>("reported_statuses",
                                      assoc::inverse_of("report"),
                                      assoc::dependent("delete_all")),
      assoc::has_many<Status>("evidence", assoc::through("reported_statuses"),
                              assoc::source("status")));
};

struct ReportNote : assoc::model<ReportNote> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Report>("report", assoc::inverse_of("notes"),
                                assoc::touch()),
      assoc::belongs_to<Moderator>("moderator",
                                   assoc::inverse_of("report_notes")));
};

struct ReportedStatus : assoc::model<ReportedStatus> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Report>("report", assoc::inverse_of("reported_statuses")),
      assoc::belongs_to<Status>("status"));
};
} // namespace social

#endif // SOCIAL_REPORT_H
