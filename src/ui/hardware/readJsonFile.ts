/** Reads a user-chosen file as JSON; returns the value or a readable error. */
export async function readJsonFile(file: File): Promise<{ ok: true; json: unknown } | { ok: false; error: string }> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: `could not read ${file.name}` };
  }
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, error: `${file.name} is not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
}
