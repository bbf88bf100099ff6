// Uses the client types generated from /swagger/v1/swagger.json (client/schema.d.ts, written by check.sh), so that a
// change in the document that breaks a client breaks tsc here before it breaks an integrator.
import type { operations } from "./schema";

type Json<Op extends keyof operations, Status extends keyof operations[Op]["responses"]> =
  operations[Op]["responses"][Status] extends { content: { "application/json": infer Body } } ? Body : never;

const baseUrl = process.env.NEWSAPI_URL ?? "http://127.0.0.1:5000";

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(baseUrl + path, init);
  if (!response.ok) {
    throw new Error(`${init?.method ?? "GET"} ${path} answered ${response.status}: ${await response.text()}`);
  }
  return (await response.json()) as T;
}

function check(condition: boolean, message: string): void {
  if (!condition) {
    throw new Error(message);
  }
  console.log(`ok - ${message}`);
}

async function main(): Promise<void> {
  const list = await call<Json<"Articles_List", 200>>("/api/articles?pageSize=5");
  // Response properties are not marked required in the document yet, so the generated types make every one optional.
  const items = list.items ?? [];
  check(items.length > 0, `lists ${items.length} articles`);

  const first = items[0];
  const article = await call<Json<"Articles_Get", 200>>(`/api/articles/${encodeURIComponent(first.slug ?? "")}`);
  check(article.headline === first.headline, `reads "${article.headline}" by its slug`);
  // The 2.0 shape as the document types it: byline people with slugs, related headlines as objects, provenance grouped.
  check((article.byline ?? []).every((b) => typeof b.slug === "string" && typeof b.name === "string"), "byline entries are people with slugs");
  check((article.related ?? []).every((r) => typeof r.headline === "string"), "related headlines are objects");
  check(typeof article.provenance?.contentHash === "string", "provenance carries the content hash");

  const word = (article.headline ?? "").split(/\s+/).find((w) => /^[A-Za-z]{4,}$/.test(w)) ?? "the";
  const found = await call<Json<"Articles_List", 200>>(`/api/articles?q=${encodeURIComponent(word)}&pageSize=5`);
  check((found.items ?? []).some((a) => a.slug === article.slug), `searching "${word}" finds it`);

  const preview = await call<Json<"Articles_Preview", 200>>("/api/articles/preview", {
    method: "POST",
    headers: { "Content-Type": "text/plain" },
    body: "Harbour council approves new ferry timetable\n\nPORT ELLEN, Jan 5 (Wire) - The harbour council approved a new ferry timetable on Monday.\n",
  });
  check(typeof preview.headline === "string" && preview.headline.length > 0, `previews a posted document as "${preview.headline}"`);
}

main().catch((error: unknown) => {
  console.error(`not ok - ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
