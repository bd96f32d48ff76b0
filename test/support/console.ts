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

/**
 * The community card form of Huiminyuan (ja-huiminyuan) as a staff member fills it in, hours typed the
 * forgiving ways people type them; `more` replaces or adds fields (notes, exceptions).
 */
export function huiminyuanCardForm(more: Record<string, string> = {}): Record<string, string> {
  return {
    address_zh: "江岸区后湖大道158号 惠民苑社区党群服务中心",
    address_en: "Huiminyuan Community Centre, 158 Houhu Avenue",
    lat: "30.6471",
    lon: "114.2748",
    phone: "027-5555-2101",
    hours_mon: "8:30-12:00，14:00–17:30",
    hours_tue: "8:30-12:00 14:00-17:30",
    hours_wed: "",
    hours_thu: "08:30-12:00",
    hours_fri: "08:30-12:00",
    hours_sat: "",
    hours_sun: "",
    note_zh: "",
    note_en: "",
    ...more,
  };
}
