//===- Fixes.cpp - Fix-its: conflicts resolved, files rewritten safely ----===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "Fixes.h"
#include "WriteAll.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <numeric>
#include <sstream>
#include <tuple>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace assoctidy {

const char *const OverlapNote =
    "this fix will not be applied because it overlaps with another fix";

namespace {

/// One edit of one file, in byte offsets.
struct Span {
  unsigned Begin, End;
  const std::string *Text;

  bool operator==(const Span &O) const {
    return Begin == O.Begin && End == O.End && *Text == *O.Text;
  }
};

bool usable(const TextEdit &E) {
  return E.Where.isValid() && E.Where.End.File == E.Where.Begin.File &&
         E.Where.End.Offset >= E.Where.Begin.Offset;
}

/// Two edits that cannot both be applied. The same edit twice can (once),
/// and so can an insertion at either end of a replacement. Two different
/// insertions at one point cannot: each was written for the text as it is
/// (think of two additions to an empty list, each without a comma).
bool overlap(const Span &A, const Span &B) {
  if (A == B)
    return false;
  if (A.Begin == A.End && B.Begin == B.End)
    return A.Begin == B.Begin;
  if (A.Begin == A.End)
    return B.Begin < A.Begin && A.Begin < B.End;
  if (B.Begin == B.End)
    return A.Begin < B.Begin && B.Begin < A.End;
  return A.Begin < B.End && B.Begin < A.End;
}

unsigned editedBytes(const Finding &F) {
  unsigned Bytes = 0;
  for (const TextEdit &E : F.Fixes)
    if (usable(E))
      Bytes += E.Where.End.Offset - E.Where.Begin.Offset + E.Text.size();
  return Bytes;
}

} // namespace

unsigned resolveFixConflicts(std::vector<Reported> &Diagnostics) {
  // Larger fixes first: a fix that removes a whole association wins over
  // one that renames something inside it, which it makes moot.
  std::vector<std::size_t> Order(Diagnostics.size());
  std::iota(Order.begin(), Order.end(), 0);
  std::vector<unsigned> Bytes;
  for (const Reported &R : Diagnostics)
    Bytes.push_back(editedBytes(R.What));
  std::stable_sort(Order.begin(), Order.end(), [&](size_t A, size_t B) {
    return Bytes[A] > Bytes[B];
  });
  std::map<std::string, std::vector<Span>> Taken;
  unsigned Dropped = 0;
  for (std::size_t I : Order) {
    Finding &F = Diagnostics[I].What;
    if (F.Fixes.empty())
      continue;
    const bool Clashes = std::any_of(
        F.Fixes.begin(), F.Fixes.end(), [&](const TextEdit &E) {
          if (!usable(E))
            return false;
          const Span S{E.Where.Begin.Offset, E.Where.End.Offset, &E.Text};
          const std::vector<Span> &Others = Taken[E.Where.Begin.File];
          return std::any_of(Others.begin(), Others.end(),
                             [&](const Span &O) { return overlap(S, O); });
        });
    if (!Clashes) {
      for (const TextEdit &E : F.Fixes)
        if (usable(E))
          Taken[E.Where.Begin.File].push_back(
              {E.Where.Begin.Offset, E.Where.End.Offset, &E.Text});
      continue;
    }
    F.Notes.push_back({OverlapNote, F.Fixes.front().Where});
    F.Fixes.clear();
    ++Dropped;
  }
  return Dropped;
}

namespace {

volatile std::sig_atomic_t Interrupt = 0;

extern "C" void noteInterrupt(int Signal) { Interrupt = Signal; }

/// While alive, SIGINT, SIGTERM and SIGHUP only set Interrupt, so that the
/// file being written is finished before the run stops; the previous
/// handlers come back afterwards.
class InterruptGuard {
public:
  InterruptGuard() {
    Interrupt = 0;
    struct sigaction Action;
    std::memset(&Action, 0, sizeof Action);
    Action.sa_handler = noteInterrupt;
    Action.sa_flags = SA_RESTART;
    sigemptyset(&Action.sa_mask);
    for (std::size_t I = 0; I < Count; ++I)
      sigaction(Signals[I], &Action, &Saved[I]);
  }
  ~InterruptGuard() {
    for (std::size_t I = 0; I < Count; ++I)
      sigaction(Signals[I], &Saved[I], nullptr);
  }

private:
  static constexpr int Signals[] = {SIGINT, SIGTERM, SIGHUP};
  static constexpr std::size_t Count = sizeof Signals / sizeof *Signals;
  struct sigaction Saved[Count];
};

/// "\r\n" where the file ends its lines so, and Text does with a bare "\n".
std::string withLineEndings(const std::string &Text, bool Crlf) {
  if (!Crlf)
    return Text;
  std::string Out;
  for (std::size_t I = 0; I < Text.size(); ++I) {
    if (Text[I] == '\n' && (I == 0 || Text[I - 1] != '\r'))
      Out += '\r';
    Out += Text[I];
  }
  return Out;
}

bool usesCrlf(const std::string &Text) {
  std::size_t Crlf = 0, Lf = 0;
  for (std::size_t I = 0; I < Text.size(); ++I)
    if (Text[I] == '\n')
      ++(I > 0 && Text[I - 1] == '\r' ? Crlf : Lf);
  return Crlf > Lf;
}

/// Replaces Path by Text in one rename, keeping Path's mode and owner.
/// Returns an error message, or "".
std::string replaceFile(const std::string &Path, const std::string &Text) {
  struct stat Info;
  if (::stat(Path.c_str(), &Info) != 0)
    return "cannot read '" + Path + "': " + std::strerror(errno);
  const std::size_t Slash = Path.rfind('/');
  const std::string Directory =
      Slash == std::string::npos ? "." : Path.substr(0, Slash);
  const std::string Base =
      Slash == std::string::npos ? Path : Path.substr(Slash + 1);
  std::string Temporary = Directory + "/." + Base + ".assoc-tidy-XXXXXX";
  int FD = ::mkstemp(Temporary.data());
  if (FD < 0)
    return "cannot write beside '" + Path + "': " + std::strerror(errno);
  // Owner first: changing it may clear set-id bits that the mode restores.
  if (::fchown(FD, Info.st_uid, Info.st_gid) != 0) {
    // Not ours to give away (not root): the file becomes the user's own,
    // as it would with any editor.
  }
  const bool Written = ::fchmod(FD, Info.st_mode & 07777) == 0 &&
                       writeAll(FD, Text) && ::fsync(FD) == 0;
  const int WriteError = errno;
  if (::close(FD) != 0 || !Written) {
    ::unlink(Temporary.c_str());
    return "cannot write '" + Path + "': " + std::strerror(WriteError);
  }
  if (::rename(Temporary.c_str(), Path.c_str()) != 0) {
    const int RenameError = errno;
    ::unlink(Temporary.c_str());
    return "cannot replace '" + Path + "': " + std::strerror(RenameError);
  }
  return "";
}

} // namespace

FixOutcome applyFixes(const std::vector<Reported> &Diagnostics) {
  FixOutcome Outcome;
  // Per file, every distinct edit once, in the diagnostics' order.
  std::map<std::string, std::vector<Span>> ByFile;
  for (const Reported &R : Diagnostics)
    for (const TextEdit &E : R.What.Fixes) {
      if (!usable(E))
        continue;
      std::vector<Span> &Edits = ByFile[E.Where.Begin.File];
      const Span S{E.Where.Begin.Offset, E.Where.End.Offset, &E.Text};
      if (std::find(Edits.begin(), Edits.end(), S) == Edits.end())
        Edits.push_back(S);
    }
  InterruptGuard Guard;
  for (auto &[File, Edits] : ByFile) {
    if (Interrupt) {
      ++Outcome.Pending;
      continue;
    }
    // The real file behind a symbolic link is the one to rewrite.
    char Resolved[PATH_MAX];
    const std::string Path =
        ::realpath(File.c_str(), Resolved) ? Resolved : File;
    std::ifstream In(Path, std::ios::binary);
    if (!In) {
      Outcome.Errors.push_back("cannot read '" + File + "'");
      continue;
    }
    std::stringstream Buffer;
    Buffer << In.rdbuf();
    const std::string Text = Buffer.str();
    // Insertions at one point keep their order; an insertion at the start
    // of a replacement goes before it.
    std::stable_sort(Edits.begin(), Edits.end(),
                     [](const Span &A, const Span &B) {
                       return std::tie(A.Begin, A.End) <
                              std::tie(B.Begin, B.End);
                     });
    // resolveFixConflicts left no overlap; a file changed since it was
    // read (or a caller that skipped it) may still bring one.
    bool Fits = true;
    unsigned Reached = 0;
    for (const Span &S : Edits) {
      Fits &= S.End <= Text.size() && Reached <= S.Begin;
      Reached = std::max(Reached, S.End);
    }
    if (!Fits) {
      Outcome.Errors.push_back("the fix-its for '" + File +
                               "' do not fit its text (was it changed "
                               "during the run?); it was left as it is");
      continue;
    }
    const bool Crlf = usesCrlf(Text);
    std::string Fixed;
    unsigned At = 0;
    for (const Span &S : Edits) {
      Fixed.append(Text, At, S.Begin - At);
      Fixed += withLineEndings(*S.Text, Crlf);
      At = S.End;
    }
    Fixed.append(Text, At, std::string::npos);
    if (Fixed == Text)
      continue;
    const std::string Problem = replaceFile(Path, Fixed);
    if (!Problem.empty()) {
      Outcome.Errors.push_back(Problem);
      continue;
    }
    Outcome.Applied += Edits.size();
    ++Outcome.Files;
  }
  Outcome.Signal = Interrupt;
  return Outcome;
}

} // namespace assoctidy
