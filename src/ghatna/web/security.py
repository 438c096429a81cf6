"""What keeps untrusted news text harmless: headers, request limits, URL checks.

Stored strings are escaped by the templates (autoescape is on for every template); this
module adds the second line: a Content-Security-Policy that runs only the package's own
scripts and styles, so even a string that slipped through could not run; limits on what a
request may carry; and a check that a stored URL is a web address before it becomes a link.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp

from .settings import WebSettings

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
ALLOWED_METHODS = frozenset({"GET", "HEAD"})


def safe_url(url: str | None) -> str | None:
    """The URL when it is an http(s) address with a host, else None (never a javascript: link)."""
    if not url or any(c in url for c in "\x00\r\n\t "):
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


class LimitsAndHeaders(BaseHTTPMiddleware):
    """Refuses oversized or non-GET requests before any work; adds the security headers to every answer."""

    def __init__(self, app: ASGIApp, settings: WebSettings) -> None:
        super().__init__(app)
        self.settings = settings

    async def dispatch(self, request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        refusal = self.refusal(request)
        response = refusal or await call_next(request)
        response.headers.update(HEADERS)
        return response

    def refusal(self, request: Request) -> Response | None:
        if request.method not in ALLOWED_METHODS:
            return error(405, f"{request.method} is not served: this explorer is read-only; use GET",
                         {"Allow": "GET, HEAD"})
        target = len(request.url.path) + len(request.url.query)
        if target > self.settings.max_url_chars:
            return error(414, f"the request target has {target} characters, more than "
                              f"{self.settings.max_url_chars}; use fewer or shorter parameters")
        length = request.headers.get("content-length")
        if length and (not length.isdigit() or int(length) > self.settings.max_body_bytes):
            return error(413, f"a request body of at most {self.settings.max_body_bytes} bytes is accepted")
        if request.headers.get("transfer-encoding"):
            return error(413, "chunked request bodies are not accepted")
        return None


def error(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return JSONResponse({"error": message, "status": status}, status_code=status, headers=headers)
