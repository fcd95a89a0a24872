"""A scripted LSP client for assoc-clangd's end-to-end tests.

    lsp_session.py <scenario> <assoc-clangd> <clangd> <include dir> <work dir>

Scenarios:
  edit   open a model file holding a naming mistake and a C++ type error;
         expect one publishDiagnostics with clangd's error and the assoc
         warning; ask for code actions on the assoc range and get the fix;
         fix the name with an incremental didChange and see only the assoc
         diagnostic go; shut down cleanly.
  crash  kill clangd mid-session; expect window/showMessage and an exit
         with clangd's status.
  wt     open a Wt::Dbo model file (the include dir is then the Wt mock's)
         holding a relation mismatch and two OnDelete flags; expect both
         assoc diagnostics, and a quick fix that deletes the ignored flag.
Prints one line per step; exits non-zero on the first failed expectation.
"""
import json
import os
import signal
import subprocess
import sys
import threading
import time
import queue

TIMEOUT = 60


class Session:
    def __init__(self, command, cwd):
        self.process = subprocess.Popen(command, cwd=cwd, stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE)
        self.messages = queue.Queue()
        self.next_id = 1
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        stream = self.process.stdout
        while True:
            headers = {}
            while True:
                line = stream.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.decode("ascii").strip()
                if not line:
                    break
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            body = stream.read(int(headers["content-length"]))
            self.messages.put(json.loads(body))

    def send(self, message):
        body = json.dumps(message).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def request(self, method, params):
        ident = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": ident, "method": method,
                   "params": params})
        return self.wait(lambda m: m.get("id") == ident and "method" not in m,
                         "response to " + method)

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait(self, predicate, what):
        deadline = time.time() + TIMEOUT
        while time.time() < deadline:
            try:
                message = self.messages.get(timeout=deadline - time.time())
            except queue.Empty:
                break
            if message is None:
                fail("the server closed its output while waiting for " + what)
            # Requests from the server (capabilities, progress) get an
            # empty answer, as a minimal client gives.
            if "method" in message and "id" in message:
                self.send({"jsonrpc": "2.0", "id": message["id"],
                           "result": None})
                continue
            if predicate(message):
                return message
        fail("timed out waiting for " + what)


def fail(message):
    print("FAIL: " + message)
    sys.stdout.flush()
    os._exit(1)


def step(message):
    print(message)
    sys.stdout.flush()


SOURCE = """#include <assoc/associations.hpp>
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
};
int broken() { return "not a number"; }
"""


def diagnostics_of(message, uri):
    return (message.get("method") == "textDocument/publishDiagnostics"
            and message["params"]["uri"] == uri)


def by_source(message, source):
    return [d for d in message["params"]["diagnostics"]
            if d.get("source") == source]


WT_SOURCE = """#include <Wt/Dbo/Dbo.h>
namespace dbo = Wt::Dbo;
class Comment;
class Post {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, comments_, dbo::ManyToOne, "post");
  }
  dbo::collection<dbo::ptr<Comment>> comments_;
};
class Comment {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, post_, "article", dbo::OnDeleteRestrict | dbo::OnDeleteCascade);
  }
  dbo::ptr<Post> post_;
};
"""


def start(assoc_clangd, clangd, include, work, source=SOURCE):
    os.makedirs(work, exist_ok=True)
    path = os.path.join(work, "customer.cpp")
    with open(path, "w", encoding="utf-8") as f:
        f.write(source)
    with open(os.path.join(work, "compile_commands.json"), "w") as f:
        json.dump([{"directory": work, "file": path,
                    "command": "clang++ -std=c++17 -I%s -c %s"
                               % (include, path)}], f)
    session = Session([assoc_clangd, "--clangd=" + clangd,
                       "--assoc-debounce-ms=50", "--log=error"], work)
    uri = "file://" + path
    session.request("initialize", {"processId": os.getpid(),
                                   "rootUri": "file://" + work,
                                   "capabilities": {}})
    session.notify("initialized", {})
    # Garbage from the client is logged and skipped, never fatal: a frame
    # with no usable length, and a frame that is not JSON.
    session.process.stdin.write(b"Content-Length: many\r\n\r\n")
    session.process.stdin.write(b"Content-Length: 9\r\n\r\n{not json")
    session.process.stdin.flush()
    session.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "cpp", "version": 1, "text": source}})
    return session, uri


def edit(assoc_clangd, clangd, include, work):
    session, uri = start(assoc_clangd, clangd, include, work)
    merged = session.wait(
        lambda m: diagnostics_of(m, uri) and by_source(m, "assoc-tidy")
        and by_source(m, "clang"), "clangd's and assoc-tidy's diagnostics")
    ours = by_source(merged, "assoc-tidy")
    theirs = by_source(merged, "clang")
    step("published together: %d from clangd, %d from assoc-tidy"
         % (len(theirs), len(ours)))
    step("clangd: " + theirs[0]["message"].splitlines()[0])
    naming = ours[0]
    step("assoc-tidy: [%s] %s at %d:%d-%d:%d" % (
        naming["code"], naming["message"],
        naming["range"]["start"]["line"], naming["range"]["start"]["character"],
        naming["range"]["end"]["line"], naming["range"]["end"]["character"]))
    step("codeDescription: " + naming["codeDescription"]["href"].split("/")[-1])

    actions = session.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": naming["range"],
        "context": {"diagnostics": [naming]}})["result"]
    fixes = [a for a in actions if a.get("kind") == "quickfix"
             and "edit" in a and uri in a["edit"]["changes"]
             and any(e["newText"] == '"orders"'
                     for e in a["edit"]["changes"][uri])]
    if not fixes:
        fail("no quick fix to \"orders\" in %s" % json.dumps(actions))
    edit_range = fixes[0]["edit"]["changes"][uri][0]["range"]
    step("quick fix: %s" % fixes[0]["title"])

    started = time.time()
    session.notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": 2},
        "contentChanges": [{"range": edit_range, "text": '"orders"'}]})
    after = session.wait(
        lambda m: diagnostics_of(m, uri) and not by_source(m, "assoc-tidy")
        and by_source(m, "clang"), "the assoc diagnostic to go")
    step("after the fix: %d from clangd, %d from assoc-tidy"
         % (len(by_source(after, "clang")), len(by_source(after, "assoc-tidy"))))
    sys.stderr.write("latency of the re-publish: %.0f ms\n"
                     % ((time.time() - started) * 1000))

    session.request("shutdown", None)
    session.notify("exit", None)
    code = session.process.wait(timeout=TIMEOUT)
    step("exit status: %d" % code)


def crash(assoc_clangd, clangd, include, work):
    session, uri = start(assoc_clangd, clangd, include, work)
    session.wait(lambda m: diagnostics_of(m, uri), "the first diagnostics")
    children = open("/proc/%d/task/%d/children" % (session.process.pid,
                                                   session.process.pid)).read()
    clangd_pid = int(children.split()[0])
    os.kill(clangd_pid, signal.SIGKILL)
    shown = session.wait(lambda m: m.get("method") == "window/showMessage",
                         "a message about clangd")
    step("showMessage: " + shown["params"]["message"])
    code = session.process.wait(timeout=TIMEOUT)
    step("exit status: %d" % code)


def wt(assoc_clangd, clangd, include, work):
    session, uri = start(assoc_clangd, clangd, include, work, WT_SOURCE)
    published = session.wait(
        lambda m: diagnostics_of(m, uri) and len(by_source(m, "assoc-tidy")) >= 2,
        "assoc-tidy's diagnostics on the Wt models")
    ours = sorted(by_source(published, "assoc-tidy"),
                  key=lambda d: (d["range"]["start"]["line"],
                                 d["range"]["start"]["character"]))
    step("from clangd: %d" % len(by_source(published, "clang")))
    for d in ours:
        step("assoc-tidy: [%s] at %d:%d: %s" % (
            d["code"], d["range"]["start"]["line"],
            d["range"]["start"]["character"], d["message"].split(":")[0]))
    flags = [d for d in ours if d["code"] == "assoc-wt-constraint-flags"][0]
    actions = session.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": flags["range"],
        "context": {"diagnostics": [flags]}})["result"]
    fixes = [a for a in actions if a.get("kind") == "quickfix"
             and "edit" in a and uri in a["edit"]["changes"]]
    if not fixes:
        fail("no quick fix in %s" % json.dumps(actions))
    for e in fixes[0]["edit"]["changes"][uri]:
        step("quick fix edit: %d:%d-%d:%d -> %s" % (
            e["range"]["start"]["line"], e["range"]["start"]["character"],
            e["range"]["end"]["line"], e["range"]["end"]["character"],
            json.dumps(e["newText"])))
    session.request("shutdown", None)
    session.notify("exit", None)
    step("exit status: %d" % session.process.wait(timeout=TIMEOUT))


def main():
    scenario, assoc_clangd, clangd, include, work = sys.argv[1:6]
    {"edit": edit, "crash": crash, "wt": wt}[scenario](assoc_clangd, clangd,
                                                       include, work)


if __name__ == "__main__":
    main()
