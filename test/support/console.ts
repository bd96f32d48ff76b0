// A browser for the staff console, driven through app.request / fetch: it keeps cookies like a real one,
// reads each page's CSRF token from its forms, and posts forms the way a browser does (urlencoded).
export type Fetcher = (path: string, init?: RequestInit) => Promise<Response>;

export interface ConsoleBrowser {
  cookies: Map<string, string>;
  get(path: string): Promise<Response>;
  /** Posts a form; the CSRF token is the one of the last page read, unless `csrf` is in the fields. */
  post(path: string, fields?: Record<string, string>): Promise<Response>;
  /** Reads a page (to get its CSRF token) and returns its text. */
  page(path: string): Promise<string>;
  login(username: string, password: string): Promise<Response>;
  csrf: string | undefined;
}

function cookieHeader(cookies: Map<string, string>): string {
  return [...cookies].map(([k, v]) => `${k}=${v}`).join("; ");
}

export function remember(cookies: Map<string, string>, res: Response) {
  for (const line of res.headers.getSetCookie()) {
    const [pair = ""] = line.split(";");
    const eq = pair.indexOf("=");
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    if (value === "" || /max-age=0/i.test(line)) cookies.delete(name);
    else cookies.set(name, value);
  }
}

export function csrfOf(html: string): string | undefined {
  return /name="csrf" value="([^"]*)"/.exec(html)?.[1];
}

export function consoleBrowser(fetcher: Fetcher, headers: Record<string, string> = {}): ConsoleBrowser {
  const cookies = new Map<string, string>();
  const browser: ConsoleBrowser = {
    cookies,
    csrf: undefined,
    async get(path) {
      const res = await fetcher(path, { headers: { ...headers, cookie: cookieHeader(cookies) }, redirect: "manual" });
      remember(cookies, res);
      return res;
    },
    async page(path) {
      const res = await browser.get(path);
      const text = await res.text();
      browser.csrf = csrfOf(text) ?? browser.csrf;
      return text;
    },
    async post(path, fields = {}) {
      const body = new URLSearchParams({ csrf: browser.csrf ?? "", ...fields });
      const res = await fetcher(path, {
        method: "POST",
        // As a browser posts a form of the page it shows: from our own origin.
        headers: { "sec-fetch-site": "same-origin", ...headers, cookie: cookieHeader(cookies), "content-type": "application/x-www-form-urlencoded" },
        body: body.toString(),
        redirect: "manual",
      });
      remember(cookies, res);
      return res;
    },
    async login(username, password) {
      await browser.page("/console/login");
      const res = await browser.post("/console/login", { username, password, next: "/console" });
      if (res.status === 303) await browser.page("/console");
      return res;
    },
  };
  return browser;
}
