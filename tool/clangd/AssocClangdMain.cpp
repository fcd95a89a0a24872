//===- AssocClangdMain.cpp - clangd with the assoc checks -----------------===//
//
// Part of assoc-tidy. An editor starts assoc-clangd where it would start
// clangd. assoc-clangd starts the real clangd and relays the JSON-RPC
// stream both ways untouched, except in three places:
//
//  - textDocument/publishDiagnostics from clangd goes out merged with the
//    assoc diagnostics of the same document;
//  - a textDocument/codeAction response gains the quick fixes of the assoc
//    diagnostics in the requested range;
//  - when clangd dies unasked, the client is told (window/showMessage).
//
// Documents are tracked from didOpen/didChange/didClose; each change
// schedules an analysis of the current text (debounced), run on a worker
// thread so that clangd's traffic never waits for it. A result is
// published only if the document has not changed since it started.
//
//===----------------------------------------------------------------------===//

#include "BufferAnalysis.h"
#include "Catalog.h"
#include "Lsp.h"
#include "WriteAll.h"

#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using json = nlohmann::json;
using namespace assoctidy;

namespace {

constexpr const char *Source = "assoc-tidy";

void log(const std::string &Message) {
  std::string Line = "assoc-clangd: " + Message + "\n";
  (void)!::write(2, Line.data(), Line.size());
}

/// Writes whole messages to a file descriptor, one writer at a time.
class Channel {
public:
  explicit Channel(int FD) : FD(FD) {}
  bool send(const std::string &Bytes) {
    std::lock_guard<std::mutex> Guard(Lock);
    return assoctidy::writeAll(FD, Bytes);
  }
  void close() {
    std::lock_guard<std::mutex> Guard(Lock);
    if (FD >= 0)
      ::close(FD);
    FD = -1;
  }

private:
  int FD;
  std::mutex Lock;
};

/// Reads messages from a file descriptor; malformed frames are logged and
/// skipped, never fatal.
class Reader {
public:
  Reader(int FD, const char *Side) : FD(FD), Side(Side) {}
  std::optional<lsp::Message> next() {
    for (;;) {
      lsp::Message M;
      std::string Error;
      switch (lsp::takeMessage(Buffer, M, Error)) {
      case lsp::FrameStatus::Complete:
        return M;
      case lsp::FrameStatus::Malformed:
        log(std::string("malformed message from ") + Side + ": " + Error);
        continue;
      case lsp::FrameStatus::NeedMore:
        break;
      }
      char Chunk[65536];
      ssize_t N = ::read(FD, Chunk, sizeof(Chunk));
      if (N < 0 && errno == EINTR)
        continue;
      if (N <= 0)
        return std::nullopt;
      Buffer.append(Chunk, static_cast<std::size_t>(N));
    }
  }

private:
  int FD;
  const char *Side;
  std::string Buffer;
};

std::optional<std::string> pathOfUri(const std::string &Uri) {
  if (Uri.rfind("file://", 0) != 0)
    return std::nullopt;
  std::string Path;
  for (std::size_t I = 7; I < Uri.size(); ++I) {
    if (Uri[I] == '%' && I + 2 < Uri.size()) {
      Path += static_cast<char>(std::stoi(Uri.substr(I + 1, 2), nullptr, 16));
      I += 2;
    } else {
      Path += Uri[I];
    }
  }
  return Path;
}

std::string uriOfPath(const std::string &Path) {
  static const char *Hex = "0123456789ABCDEF";
  std::string Uri = "file://";
  for (unsigned char C : Path)
    if (std::isalnum(C) || std::strchr("/-._~", C))
      Uri += static_cast<char>(C);
    else
      ((Uri += '%') += Hex[C >> 4]) += Hex[C & 15];
  return Uri;
}

struct Document {
  std::string Path;
  std::string Text;
  long Version = 0;
  json ClangdDiagnostics = json::array();
  json ClangdVersion; ///< As clangd sent it (may be null).
  /// Ours, for the version they were computed on; empty while stale.
  json OurDiagnostics = json::array();
  /// The quick fix of each of ours, by index (null when none).
  std::vector<json> OurFixes;
  std::chrono::steady_clock::time_point Due;
  bool Scheduled = false;
};

class Proxy {
public:
  Proxy(int ToServer, int FromServer, pid_t Server,
        std::optional<std::string> CompileCommandsDir, int DebounceMs,
        std::string DocsUrl)
      : ToClient(1), ToServer(ToServer), FromServer(FromServer),
        Server(Server), Analyzer(std::move(CompileCommandsDir)),
        Debounce(DebounceMs), DocsUrl(std::move(DocsUrl)) {}

  int run() {
    std::thread ServerSide([this] { relayFromServer(); });
    std::thread Worker([this] { analyse(); });
    relayFromClient();
    // The client is gone (or sent exit): clangd ends when its input does.
    ToServer.close();
    ServerSide.join();
    {
      std::lock_guard<std::mutex> Guard(Lock);
      Stopping = true;
    }
    Wake.notify_all();
    Worker.join();
    return ServerStatus;
  }

private:
  void relayFromClient() {
    Reader In(0, "the client");
    while (std::optional<lsp::Message> M = In.next()) {
      json J = json::parse(M->Body, nullptr, /*allow_exceptions=*/false);
      const bool Valid = !J.is_discarded() && J.is_object();
      if (!Valid)
        log("malformed JSON from the client, relayed as is");
      // Known before clangd can act on it, so that its exit is expected.
      const std::string Method = Valid ? J.value("method", "") : "";
      if (Method == "shutdown")
        ShutdownRequested = true;
      if (Method == "exit")
        Exiting = true;
      // Recorded before clangd can answer: a code action's response must
      // find its request pending.
      if (Valid) {
        try {
          onClientMessage(J);
        } catch (const std::exception &E) {
          log(std::string("unexpected message from the client: ") + E.what());
        }
      }
      if (!ToServer.send(M->Raw) || Exiting)
        return;
    }
  }

  void onClientMessage(const json &J) {
    const std::string Method = J.value("method", "");
    if (Method == "initialize" && J.contains("id")) {
      std::lock_guard<std::mutex> Guard(Lock);
      InitializeId = J["id"].dump();
      return;
    }
    if (Method == "textDocument/codeAction" && J.contains("id")) {
      std::lock_guard<std::mutex> Guard(Lock);
      PendingActions[J["id"].dump()] = J["params"];
      return;
    }
    if (!J.contains("params") || !J["params"].contains("textDocument"))
      return;
    const json &Doc = J["params"]["textDocument"];
    const std::string Uri = Doc.value("uri", "");
    std::unique_lock<std::mutex> Guard(Lock);
    if (Method == "textDocument/didOpen") {
      std::optional<std::string> Path = pathOfUri(Uri);
      if (!Path)
        return;
      Document &D = Documents[Uri];
      D.Path = *Path;
      D.Text = Doc.value("text", "");
      D.Version = Doc.value("version", 0L);
      schedule(D, std::chrono::milliseconds(0));
    } else if (Method == "textDocument/didChange") {
      auto It = Documents.find(Uri);
      if (It == Documents.end())
        return;
      Document &D = It->second;
      for (const json &Change : J["params"].value("contentChanges", json::array()))
        apply(D.Text, Change);
      D.Version = Doc.value("version", D.Version + 1);
      // Our diagnostics describe the old text: never shown again.
      D.OurDiagnostics = json::array();
      D.OurFixes.clear();
      schedule(D, Debounce);
    } else if (Method == "textDocument/didSave") {
      auto It = Documents.find(Uri);
      if (It != Documents.end())
        schedule(It->second, std::chrono::milliseconds(0));
    } else if (Method == "textDocument/didClose") {
      Documents.erase(Uri);
    }
  }

  /// The byte offset of an LSP position in Text, in the agreed encoding.
  std::size_t offsetOf(const std::string &Text, unsigned Line,
                       unsigned Character) const {
    if (!Utf8)
      return lsp::byteOffset(Text, Line, Character);
    const std::size_t Start = lsp::byteOffset(Text, Line, 0);
    const std::size_t End = Text.find('\n', Start);
    return std::min(Start + Character,
                    End == std::string::npos ? Text.size() : End);
  }

  void apply(std::string &Text, const json &Change) const {
    if (!Change.contains("range")) {
      Text = Change.value("text", "");
      return;
    }
    const json &Start = Change["range"]["start"], &End = Change["range"]["end"];
    std::size_t From = offsetOf(Text, Start["line"], Start["character"]);
    std::size_t To = offsetOf(Text, End["line"], End["character"]);
    if (To < From)
      std::swap(From, To);
    Text.replace(From, To - From, Change.value("text", ""));
  }

  void schedule(Document &D, std::chrono::milliseconds Delay) {
    D.Due = std::chrono::steady_clock::now() + Delay;
    D.Scheduled = true;
    Wake.notify_all();
  }

  /// The worker: the earliest due document, analysed on a snapshot of its
  /// text; published only if the document is still at that version.
  void analyse() {
    std::unique_lock<std::mutex> Guard(Lock);
    while (!Stopping) {
      Document *Next = nullptr;
      std::string NextUri;
      for (auto &[Uri, D] : Documents)
        if (D.Scheduled && (!Next || D.Due < Next->Due)) {
          Next = &D;
          NextUri = Uri;
        }
      if (!Next) {
        Wake.wait(Guard);
        continue;
      }
      if (Next->Due > std::chrono::steady_clock::now()) {
        Wake.wait_until(Guard, Next->Due);
        continue;
      }
      Next->Scheduled = false;
      const std::string Path = Next->Path, Text = Next->Text;
      const long Version = Next->Version;
      Guard.unlock();
      std::vector<Finding> Findings;
      try {
        Findings = Analyzer.analyse(Path, Text);
      } catch (const std::exception &E) {
        log(std::string("analysis failed: ") + E.what());
      }
      Guard.lock();
      auto It = Documents.find(NextUri);
      if (It == Documents.end() || It->second.Version != Version)
        continue; // Superseded: the newer text has its own run scheduled.
      toLsp(It->second, Findings);
      publish(NextUri, It->second);
    }
  }

  json range(const Document &D, const Range &R) const {
    auto Position = [&](const Location &L) {
      const unsigned Line = L.Line ? L.Line - 1 : 0;
      const bool Here = L.File == D.Path;
      const unsigned Bytes = L.Column ? L.Column - 1 : 0;
      return json{{"line", Line},
                  {"character", Here && !Utf8
                                    ? lsp::character(D.Text, Line, L.Column)
                                    : Bytes}};
    };
    const Location &End = R.End.isValid() ? R.End : R.Begin;
    return {{"start", Position(R.Begin)}, {"end", Position(End)}};
  }

  void toLsp(Document &D, const std::vector<Finding> &Findings) {
    D.OurDiagnostics = json::array();
    D.OurFixes.clear();
    for (const Finding &F : Findings) {
      json Diagnostic = {
          {"range", range(D, F.Where)},
          {"severity", F.Level == Severity::Error ? 1 : 2},
          {"code", F.Check},
          {"source", Source},
          {"message", F.Message}};
      if (const CheckInfo *Info = findCheck(F.Check))
        Diagnostic["codeDescription"] = {
            {"href", DocsUrl + std::string(Info->DocPage)}};
      json Related = json::array();
      for (const Note &N : F.Notes)
        if (N.Where.isValid())
          Related.push_back(
              {{"location",
                {{"uri", uriOfPath(N.Where.Begin.File)},
                 {"range", range(D, N.Where)}}},
               {"message", N.Message}});
      if (!Related.empty())
        Diagnostic["relatedInformation"] = std::move(Related);
      json Fix = nullptr;
      json Changes = json::object();
      for (const TextEdit &E : F.Fixes)
        Changes[uriOfPath(E.Where.Begin.File)].push_back(
            {{"range", range(D, E.Where)}, {"newText", E.Text}});
      if (!Changes.empty())
        Fix = {{"title", "Fix: " + F.Message},
               {"kind", "quickfix"},
               {"diagnostics", json::array({Diagnostic})},
               {"isPreferred", true},
               {"edit", {{"changes", std::move(Changes)}}}};
      D.OurDiagnostics.push_back(std::move(Diagnostic));
      D.OurFixes.push_back(std::move(Fix));
    }
  }

  /// Sends clangd's diagnostics and ours as one list. Lock held.
  void publish(const std::string &Uri, const Document &D) {
    json All = D.ClangdDiagnostics;
    for (const json &Ours : D.OurDiagnostics)
      All.push_back(Ours);
    json Params = {{"uri", Uri}, {"diagnostics", std::move(All)}};
    if (!D.ClangdVersion.is_null())
      Params["version"] = D.ClangdVersion;
    json Message = {{"jsonrpc", "2.0"},
                    {"method", "textDocument/publishDiagnostics"},
                    {"params", std::move(Params)}};
    ToClient.send(lsp::frame(Message.dump()));
  }

  static bool overlaps(const json &A, const json &B) {
    auto Before = [](const json &P, const json &Q) {
      return P["line"] < Q["line"] ||
             (P["line"] == Q["line"] && P["character"] <= Q["character"]);
    };
    return Before(A["start"], B["end"]) && Before(B["start"], A["end"]);
  }

  void relayFromServer() {
    Reader In(FromServer, "clangd");
    while (std::optional<lsp::Message> M = In.next()) {
      json J = json::parse(M->Body, nullptr, /*allow_exceptions=*/false);
      bool Relayed = false;
      if (!J.is_discarded() && J.is_object()) {
        try {
          Relayed = onServerMessage(J);
        } catch (const std::exception &E) {
          log(std::string("unexpected message from clangd: ") + E.what());
        }
      } else {
        log("malformed JSON from clangd, relayed as is");
      }
      if (!Relayed)
        ToClient.send(M->Raw);
    }
    int Status = 0;
    ::waitpid(Server, &Status, 0);
    ServerStatus = WIFEXITED(Status) ? WEXITSTATUS(Status)
                                     : 128 + WTERMSIG(Status);
    if (!ShutdownRequested && !Exiting) {
      json Message = {
          {"jsonrpc", "2.0"},
          {"method", "window/showMessage"},
          {"params",
           {{"type", 1},
            {"message", "assoc-clangd: clangd exited unexpectedly (status " +
                            std::to_string(ServerStatus) + ")"}}}};
      ToClient.send(lsp::frame(Message.dump()));
      log("clangd exited unexpectedly with status " +
          std::to_string(ServerStatus));
      // The client may keep our input open; without clangd there is
      // nothing left to do.
      std::_Exit(ServerStatus ? ServerStatus : 1);
    }
  }

  /// Returns true when the message was sent in a form of our own.
  bool onServerMessage(const json &J) {
    if (J.contains("id") && !J.contains("method") && J.contains("result") &&
        J["result"].is_object()) {
      std::lock_guard<std::mutex> Guard(Lock);
      if (!InitializeId.empty() && J["id"].dump() == InitializeId) {
        // clangd agrees on UTF-8 positions when the client offers them
        // (its offsetEncoding extension, or LSP 3.17's positionEncoding).
        const json &R = J["result"];
        const std::string Encoding =
            R.value("offsetEncoding",
                    R.value("capabilities", json::object())
                        .value("positionEncoding", std::string("utf-16")));
        Utf8 = Encoding == "utf-8";
        InitializeId.clear();
      }
    }
    if (J.value("method", "") == "textDocument/publishDiagnostics") {
      const json &Params = J["params"];
      const std::string Uri = Params.value("uri", "");
      std::lock_guard<std::mutex> Guard(Lock);
      auto It = Documents.find(Uri);
      if (It == Documents.end())
        return false;
      It->second.ClangdDiagnostics =
          Params.value("diagnostics", json::array());
      It->second.ClangdVersion = Params.value("version", json());
      publish(Uri, It->second);
      return true;
    }
    if (!J.contains("id") || J.contains("method"))
      return false;
    std::lock_guard<std::mutex> Guard(Lock);
    auto Pending = PendingActions.find(J["id"].dump());
    if (Pending == PendingActions.end())
      return false;
    const json Params = Pending->second;
    PendingActions.erase(Pending);
    auto Doc = Documents.find(Params["textDocument"].value("uri", ""));
    if (Doc == Documents.end() || !J.contains("result"))
      return false;
    json Result = J["result"].is_array() ? J["result"] : json::array();
    const Document &D = Doc->second;
    for (std::size_t I = 0; I < D.OurDiagnostics.size(); ++I)
      if (!D.OurFixes[I].is_null() &&
          overlaps(D.OurDiagnostics[I]["range"], Params["range"]))
        Result.push_back(D.OurFixes[I]);
    json Response = J;
    Response["result"] = std::move(Result);
    ToClient.send(lsp::frame(Response.dump()));
    return true;
  }

  Channel ToClient;
  Channel ToServer;
  int FromServer;
  pid_t Server;
  BufferAnalyzer Analyzer;
  std::chrono::milliseconds Debounce;
  std::string DocsUrl;

  std::mutex Lock;
  std::condition_variable Wake;
  std::map<std::string, Document> Documents;
  std::map<std::string, json> PendingActions;
  std::string InitializeId;
  bool Utf8 = false; ///< Positions count bytes, as agreed at initialize.
  bool Stopping = false;
  std::atomic<bool> ShutdownRequested{false};
  std::atomic<bool> Exiting{false};
  int ServerStatus = 0;
};

/// clangd as given, or clangd-19, or clangd, on PATH.
std::optional<std::string> findClangd(const std::string &Given) {
  if (!Given.empty())
    return Given;
  for (const char *Name : {"clangd-19", "clangd"})
    if (llvm::ErrorOr<std::string> Found = llvm::sys::findProgramByName(Name))
      return *Found;
  return std::nullopt;
}

} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM Init(argc, argv);
  std::string Clangd;
  std::optional<std::string> CompileCommandsDir;
  int DebounceMs = 200;
  std::vector<std::string> Passed;
  for (int I = 1; I < argc; ++I) {
    std::string Arg = argv[I];
    if (Arg.rfind("--clangd=", 0) == 0) {
      Clangd = Arg.substr(9);
      continue;
    }
    if (Arg.rfind("--assoc-debounce-ms=", 0) == 0) {
      DebounceMs = std::atoi(Arg.c_str() + 20);
      continue;
    }
    if (Arg.rfind("--compile-commands-dir=", 0) == 0)
      CompileCommandsDir = Arg.substr(23);
    if ((Arg == "--compile-commands-dir" || Arg == "-compile-commands-dir") &&
        I + 1 < argc)
      CompileCommandsDir = argv[I + 1];
    Passed.push_back(Arg); // Everything else is clangd's.
  }
  std::optional<std::string> Program = findClangd(Clangd);
  if (!Program) {
    log("error: no clangd found: install clangd-19 or pass --clangd=<path>");
    return 2;
  }

  // Not a session: clangd answers these itself, on the terminal.
  for (const std::string &A : Passed)
    if (A == "--version" || A == "-version" || A == "--help" || A == "-help") {
      std::vector<char *> Args = {const_cast<char *>(Program->c_str())};
      for (std::string &P : Passed)
        Args.push_back(P.data());
      Args.push_back(nullptr);
      ::execv(Program->c_str(), Args.data());
      log("error: cannot run '" + *Program + "': " + std::strerror(errno));
      return 2;
    }

  int ToServer[2], FromServer[2];
  if (::pipe(ToServer) || ::pipe(FromServer)) {
    log(std::string("error: cannot create pipes: ") + std::strerror(errno));
    return 2;
  }
  pid_t Child = ::fork();
  if (Child < 0) {
    log(std::string("error: cannot start clangd: ") + std::strerror(errno));
    return 2;
  }
  if (Child == 0) {
    ::dup2(ToServer[0], 0);
    ::dup2(FromServer[1], 1);
    ::close(ToServer[0]);
    ::close(ToServer[1]);
    ::close(FromServer[0]);
    ::close(FromServer[1]);
    std::vector<char *> Args = {const_cast<char *>(Program->c_str())};
    for (std::string &A : Passed)
      Args.push_back(A.data());
    Args.push_back(nullptr);
    ::execv(Program->c_str(), Args.data());
    std::string Error = "assoc-clangd: error: cannot run '" + *Program +
                        "': " + std::strerror(errno) + "\n";
    (void)!::write(2, Error.data(), Error.size());
    std::_Exit(127);
  }
  ::close(ToServer[0]);
  ::close(FromServer[1]);
  // A client that goes away mid-write must not kill us with SIGPIPE: the
  // failed write is handled.
  std::signal(SIGPIPE, SIG_IGN);
  Proxy P(ToServer[1], FromServer[0], Child, CompileCommandsDir, DebounceMs,
          ASSOC_TIDY_DOCS_URL);
  return P.run();
}
