#!/usr/bin/env python3
"""A registry that misbehaves, for tst_oci: it wants a Basic login and then sends every request on.

    hostile_registry.py PORT TARGET LOG [trickle|echo]

Listens on 127.0.0.1:PORT and on 127.0.0.2:PORT. On 127.0.0.1 a request without an Authorization
header gets 401 with a Basic challenge; one with it gets 307 to TARGET + the request's path (for a
POST to start an upload, 202 with TARGET as the upload's Location). On 127.0.0.2 (the "other host")
every request is written to LOG as one JSON line with its Authorization header, and answered 404.
With "trickle", 127.0.0.1 answers every request with 200 and then one byte every half second, never
ending. With "echo", 127.0.0.1 answers a logged-in request with 500 and a long text that ends with
the Authorization header it got. Ends after 60 s by itself."""
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT, TARGET, LOG = int(sys.argv[1]), sys.argv[2], sys.argv[3]
TRICKLE = sys.argv[4:] == ["trickle"]
ECHO = sys.argv[4:] == ["echo"]
lock = threading.Lock()


class Registry(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        if self.server.server_address[0] == "127.0.0.2":
            with lock, open(LOG, "a", encoding="utf-8") as log:
                log.write(json.dumps({"verb": self.command, "path": self.path,
                                      "authorization": self.headers.get("Authorization")}) + "\n")
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if TRICKLE:
            self.send_response(200)
            self.send_header("Content-Length", "1000000")
            self.end_headers()
            try:
                while True:
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.5)
            except OSError:
                return
        if not self.headers.get("Authorization"):
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="hostile"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if ECHO:
            text = ("y" * 166 + "you sent " + self.headers.get("Authorization")).encode()
            self.send_response(500)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(text)))
            self.end_headers()
            self.wfile.write(text)
            return
        if self.command == "POST":
            self.send_response(202)
            self.send_header("Location", TARGET + "/upload/1")
        else:
            self.send_response(307)
            self.send_header("Location", TARGET + self.path)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_HEAD = do_POST = do_PUT = do_PATCH = answer


servers = [ThreadingHTTPServer((host, PORT), Registry) for host in ("127.0.0.1", "127.0.0.2")]
for server in servers:
    threading.Thread(target=server.serve_forever, daemon=True).start()
print("ready", flush=True)
threading.Event().wait(60)
