// GET /api/places (public): the district → street → community → grid tree with codes and names in both
// languages, so that QR posters and integrations can be made without reading the database.
import { Hono } from "hono";
import type { DomainDeps } from "../domain/deps.js";
import { placeTree } from "../domain/staff/places.js";

export function placesApi(options: { domain: DomainDeps }) {
  const app = new Hono();
  app.get("/", async (c) => {
    c.header("Cache-Control", "public, max-age=300");
    return c.json({ districts: await placeTree(options.domain) });
  });
  return app;
}
