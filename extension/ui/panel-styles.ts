/** The overlay's own styles, inside its shadow root: nothing leaks into Amazon's page or out of it. */
export const PANEL_STYLES = `
:host { all: initial; }
.panel { position: fixed; top: 96px; right: 16px; z-index: 2147483000; width: 340px; max-height: calc(100vh - 120px);
  overflow: auto; background: #fff; color: #111827; border: 1px solid #d1d5db; border-radius: 10px;
  box-shadow: 0 8px 24px rgba(0,0,0,.18); font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; }
.panel.collapsed .body { display: none; }
header { display: flex; align-items: center; gap: 8px; padding: 8px 12px; border-bottom: 1px solid #e5e7eb; background: #f8fafc; }
header strong { flex: 1; font-size: 13px; }
.body { padding: 10px 12px; display: grid; gap: 10px; }
h2 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #6b7280; margin: 0 0 4px; }
.title { font-weight: 600; }
.muted { color: #6b7280; }
.big { font-size: 18px; font-weight: 700; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 0; }
dt { color: #6b7280; } dd { margin: 0; }
ul { margin: 0; padding-left: 18px; }
.score { display: grid; grid-template-columns: 92px 1fr 32px; gap: 6px; align-items: center; }
.bar { height: 8px; background: #e5e7eb; border-radius: 4px; overflow: hidden; }
.bar > span { display: block; height: 100%; background: #2563eb; }
.reason { grid-column: 1 / -1; color: #6b7280; font-size: 12px; margin-top: -2px; }
.phrase { display: flex; justify-content: space-between; gap: 8px; }
.example { color: #6b7280; font-size: 12px; margin: 0 0 4px; }
button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #cbd5e1; background: #fff; cursor: pointer; color: #111827; }
button.primary { background: #1f5f4a; border-color: #1f5f4a; color: #fff; }
.note { font-size: 11px; color: #6b7280; }
a { color: #1d4ed8; }
label { display: flex; align-items: center; gap: 6px; }
input[type="text"] { flex: 1; font: inherit; padding: 4px 6px; border: 1px solid #cbd5e1; border-radius: 6px; color: #111827; background: #fff; }
`;
