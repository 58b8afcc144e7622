// What the two HTML outputs (the extract report and the corpus dashboard) share: escaping, and
// a page head that allows inline styles and nothing else (no script, no network request).
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const pageHead = (title: string, css: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>
${css}
</style></head>
<body><main>`;
