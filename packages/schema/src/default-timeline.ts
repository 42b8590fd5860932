// The timeline a bare link to chronicle opens. The web app falls back to it
// when the URL names none, and the server must describe the same timeline in
// the page it serves (JSON-LD, oEmbed), so both read it from here.
export const DEFAULT_TIMELINE_SLUG = 'venezuela-crisis-2019';
