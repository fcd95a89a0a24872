//===- inflector_bench.cpp - Throughput of pluralize and singularize ------===//
//
// Part of assoc-tidy. The inflector runs on every association of a whole
// program, so it must stay above a million pluralize/singularize calls per
// second (Inflector.h explains the built-in matcher that makes that
// possible). Build with -O2 and run; the exit status is non-zero below that.
//
//   g++ -std=c++17 -O2 -Ifrontends/assoc -Imodel frontends/assoc/Inflector.cpp
//       test/perf/inflector_bench.cpp -o inflector_bench
//   ./inflector_bench [rounds]
//
//===----------------------------------------------------------------------===//

#include "Inflector.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

// The words of test/unit/InflectorTest.cpp's table.
// clang-format off
const char *const Words[] = {
    "octopus", "virus", "octopi", "viri", "status", "order_status", "statuses",
    "order_statuses", "news", "axis", "axes", "person", "salesperson",
    "sales_person", "people", "salespeople", "sales_people", "quiz", "quizzes",
    "whiz", "buzz", "matrix", "index", "vertex", "search_index", "matrices",
    "indices", "vertices", "search_indices", "appendix", "cortex", "vortex",
    "appendixes", "mouse", "louse", "house", "dormouse", "mice", "lice",
    "houses", "human", "german", "talisman", "humen", "germen", "talismen",
    "omen", "specimen", "oman", "speciman", "campus", "bonus", "cactus",
    "census", "focus", "apparatus", "gas", "bias", "atlas", "canvas", "lens",
    "sms", "gps", "os", "leaf", "loaf", "thief", "chief", "roof", "leafs",
    "safe", "cafe", "saves", "caves", "leaves", "curves", "valves", "gloves",
    "waves", "drives", "olives", "hero", "potato", "echo", "veto", "heroes",
    "heros", "canoes", "cookies", "pies", "ties", "dies", "calories",
    "sub_species", "premium", "medium", "stadium", "quantum", "album", "forum",
    "museum", "premia", "stadia", "quanta", "data", "media", "criteria",
    "quota", "delta", "metadata", "criterion", "phenomenon", "abuses",
    "emphases", "oases", "appendices", "deer", "aircraft", "software",
    "furniture", "advice", "goose", "foot", "tooth", "swordfish", "line_fish",
    "order_information", "user_money", "basis", "bases", "database",
    "databases", "Person", "Human", "LineItem", "PERSON", "People", "man",
    "men", "child", "children", "sex", "sexes", "move", "moves", "zombie",
    "zombies", "woman", "women", "chairman", "chairmen", "grandchild",
    "grandchildren", "Man", "Child", "Children", "Zombie", "remove", "removes",
    "Move", "unisex", "equipment", "information", "rice", "money", "species",
    "series", "fish", "sheep", "jeans", "police", "Equipment", "FISH", "Police",
    "blue_jeans", "blue jeans", "mini-series", "sea", "price", "licorice",
    "cod_fish", "Money", "ax", "test", "ox", "oxen", "Ox", "box", "fox", "tax",
    "wax", "sex_box", "inbox", "church", "match", "dish", "wish", "kiss",
    "class", "glass", "address", "business", "process", "bus", "buses",
    "omnibus", "alias", "aliases", "tomato", "buffalo", "tomatoes", "buffaloes",
    "photo", "memo", "datum", "atrium", "stratum", "strata", "bacterium",
    "bacteria", "analysis", "diagnosis", "thesis", "synopsis", "crisis",
    "parenthesis", "prognosis", "hypothesis", "emphasis", "knife", "wife",
    "life", "wolf", "half", "calf", "shelf", "elf", "dwarf", "scarf", "staff",
    "cliff", "giraffe", "hive", "archive", "beehive", "fly", "sky", "city",
    "category", "company", "country", "party", "policy", "query", "entry",
    "day", "key", "boy", "guy", "toy", "soliloquy", "colloquy", "obsequy",
    "index_entry", "user", "post", "comment", "tag", "photo_tag", "order",
    "line_item", "product", "invoice", "payment", "account", "customer",
    "employee", "manager", "project", "task", "image", "attachment", "document",
    "note", "message", "conversation", "participant", "membership", "group",
    "role", "permission", "setting", "profile", "session", "event", "ticket",
    "review", "rating", "vote", "follow", "friendship", "notification",
    "subscription", "plan", "discount", "coupon", "cart", "wishlist",
    "shipment", "delivery", "warehouse", "inventory", "supplier", "vendor",
    "region", "state", "zip_code", "location", "venue", "booking",
    "reservation", "room", "hotel", "flight", "passenger", "airport",
    "schedule", "appointment", "physician", "patient", "doctor", "nurse",
    "hospital", "course", "lesson", "student", "teacher", "classroom",
    "assignment", "grade", "exam", "answer", "question", "survey", "response",
    "poll", "choice", "option", "article", "author", "editor", "publisher",
    "book", "chapter", "page", "library", "loan", "member", "team", "player",
    "game", "score", "tournament", "league", "season", "episode", "show",
    "channel", "video", "playlist", "song", "artist", "genre", "label", "track",
    "device", "sensor", "reading", "measurement", "unit", "batch", "job",
    "worker", "queue", "log", "record", "transaction", "ledger", "journal",
    "budget", "expense", "income", "fee", "refund", "dispute", "claim",
    "coverage", "agent", "broker", "property", "listing", "lease", "tenant",
    "landlord", "building", "floor", "desk", "asset", "license", "token",
    "credential", "secret", "webhook", "endpoint", "request", "error", "audit",
    "report", "dashboard", "widget", "chart", "metric", "alert", "incident",
    "release", "deployment", "build", "commit", "branch", "repository", "issue",
    "pull_request", "milestone", "sprint", "story", "epic", "bug", "feature",
    "dogs", "cats", "glasses", "ss", "bookshelves", "hives", "objectives",
    "archives", "wolves", "halves", "elves", "Series", "movies", "Movies",
    "boxes", "churches", "dishes", "kisses", "busses", "shoes", "toes",
    "volcanoes", "crises", "testes", "testis", "taxes", "Axes", "octopuses",
    "viruses", "Oxen", "oxenford", "analyses", "Analyses", "paralyses",
    "diagnoses", "theses", "synopses", "parentheses", "prognoses", "parties",
    "cities", "flies", "soliloquies", "keys", "days", "boys", "s", "y",
    "miniseries", "Timeseries", "web_series", "canoe", "cookie", "tie", "pie",
    "die", "calorie", "toe", "wave", "drive", "olive", "curve", "valve",
    "glove", "abuse",
};
// clang-format on

constexpr double RequiredCallsPerSecond = 1e6;

} // namespace

int main(int Argc, char **Argv) {
  using Clock = std::chrono::steady_clock;
  long Rounds = Argc > 1 ? std::atol(Argv[1]) : 2000;
  const assoctidy::Inflector &I = assoctidy::Inflector::english();

  // Summing the lengths keeps the optimizer from dropping the calls.
  size_t Checksum = 0;
  long Calls = 0;
  auto Start = Clock::now();
  for (long Round = 0; Round < Rounds; ++Round) {
    for (const char *Word : Words) {
      Checksum += I.pluralize(Word).size();
      Checksum += I.singularize(Word).size();
      Calls += 2;
    }
  }
  std::chrono::duration<double> Elapsed = Clock::now() - Start;

  double PerSecond = double(Calls) / Elapsed.count();
  std::printf("%ld calls in %.3f s: %.0f calls/s (checksum %zu)\n", Calls,
              Elapsed.count(), PerSecond, Checksum);
  if (PerSecond < RequiredCallsPerSecond) {
    std::printf("below the required %.0f calls/s\n", RequiredCallsPerSecond);
    return 1;
  }
  return 0;
}
