// The console's one stylesheet, served as /console/console.css (the CSP allows styles from here only).
// The web chat's colours and fonts; at least 18 px text and 48 px targets, for staff on phones.
export const consoleCss = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#eef3f1;color:#1c2925;
  font:18px/1.55 system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif}
a{color:#0f5f58}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
header{display:flex;flex-wrap:wrap;align-items:center;gap:8px 14px;padding:10px 14px;background:#0f766e;color:#fff}
header .brand{flex:1;color:#fff;font-weight:600;text-decoration:none;font-size:20px;min-height:48px;display:flex;align-items:center}
header .who{font-size:18px}
header form{margin:0}
header button{min-height:48px;background:transparent;color:#fff;border:1px solid rgba(255,255,255,.8);border-radius:999px;padding:4px 16px}
nav{background:#fff;border-bottom:1px solid #d3dfda}
nav ul{display:flex;flex-wrap:wrap;gap:4px;margin:0;padding:6px 8px;list-style:none}
nav a{display:flex;align-items:center;min-height:48px;padding:4px 14px;border-radius:10px;text-decoration:none;color:#1c2925}
nav a[aria-current=page]{background:#d6f3e7;color:#0f5f58;font-weight:600}
main{max-width:960px;margin:0 auto;padding:14px 12px 40px}
h1{font-size:24px;margin:8px 0 12px}
h1 .muted{font-size:18px;font-weight:400}
h2{font-size:20px;margin:18px 0 8px}
.card{background:#fff;border-radius:14px;padding:14px 16px;margin:0 0 14px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
.muted{color:#52635d}
.crumbs{color:#52635d;margin:0 0 6px}
.notice{padding:12px 16px;border-radius:12px;margin:0 0 14px;background:#e6f6ee;border:1px solid #9fd8bd}
.error{padding:12px 16px;border-radius:12px;margin:0 0 14px;background:#fff4e5;border:1px solid #f3c58b;color:#7c2d12}
.secret{display:block;padding:10px;border:1px dashed #0f766e;border-radius:10px;background:#f6fffb;overflow-wrap:anywhere;font-family:ui-monospace,monospace;font-size:16px}
ul.list{list-style:none;margin:0;padding:0}
ul.list li{padding:10px 0;border-top:1px solid #e3ebe8}
ul.list li:first-child{border-top:0}
ul.list a{display:inline-flex;align-items:center;min-height:48px}
.tag{display:inline-block;padding:0 8px;margin:0 4px 4px 0;border-radius:999px;background:#eef3f1;font-size:16px;line-height:28px}
.tag.off{background:#fde2e1;color:#7f1d1d}
label{display:block;margin:10px 0 4px;font-weight:600}
.hint{display:block;font-weight:400;color:#52635d;font-size:16px}
input[type=text],input[type=password],input[type=tel],input[type=number],input[type=date],input[type=month],input[type=time],select,textarea{
  width:100%;min-height:48px;padding:8px 12px;border:1px solid #b9c8c2;border-radius:10px;font:inherit;background:#fff;color:inherit}
textarea{min-height:96px}
input[type=checkbox]{width:28px;height:28px;vertical-align:middle}
.check{display:flex;align-items:center;gap:10px;min-height:48px;font-weight:400}
button,.button{display:inline-flex;align-items:center;justify-content:center;min-height:48px;min-width:48px;padding:6px 20px;margin:12px 8px 0 0;
  border:0;border-radius:12px;background:#0f766e;color:#fff;font:inherit;font-weight:600;cursor:pointer;text-decoration:none}
button.secondary,.button.secondary{background:#fff;color:#0f5f58;border:1px solid #0f766e}
button.danger{background:#b91c1c}
.row{display:grid;gap:0 12px;grid-template-columns:1fr}
@media (min-width:700px){.row.two{grid-template-columns:1fr 1fr}.row.five{grid-template-columns:1.2fr .7fr 1.3fr 1fr 1fr}}
fieldset{border:1px solid #d3dfda;border-radius:12px;margin:12px 0;padding:4px 12px 12px}
legend{font-weight:600;padding:0 6px}
table{width:100%;border-collapse:collapse;font-size:16px}
th,td{text-align:left;vertical-align:top;padding:8px 6px;border-top:1px solid #e3ebe8}
.scroll{overflow-x:auto}
dl{display:grid;grid-template-columns:1fr;gap:2px 14px;margin:0}
dt{font-weight:600;margin-top:8px}
dd{margin:0;overflow-wrap:anywhere}
@media (min-width:700px){dl{grid-template-columns:max-content 1fr;gap:6px 14px}dt{margin-top:0}}
details summary{min-height:48px;display:flex;align-items:center;cursor:pointer;color:#0f5f58}
.inline{display:inline}
.inline button{margin-top:4px}
svg.chart{display:block;width:100%;height:auto;margin:8px 0}
ul.legend{display:flex;flex-wrap:wrap;gap:4px 16px;list-style:none;margin:0 0 8px;padding:0;font-size:16px}
.swatch{display:inline-block;width:14px;height:14px;margin-right:6px;border-radius:3px;vertical-align:middle}
.swatch.c-public_order{background:#2563eb}.swatch.c-public_virtue{background:#db2777}.swatch.c-community_building{background:#0f766e}
.swatch.c-rewards_penalties{background:#d97706}.swatch.c-none{background:#64748b}
nav .badge{display:inline-block;margin-left:6px;padding:0 8px;border-radius:999px;background:#0f766e;color:#fff;font-size:16px;line-height:26px;font-weight:600}
.badge.late,.flag{background:#9a3412;color:#fff}
.flag{display:inline-block;padding:0 10px;border-radius:999px;font-size:16px;line-height:28px;font-weight:600;text-decoration:none;vertical-align:middle}
a.flag{display:inline-flex;align-items:center;min-height:48px;line-height:1.2}
.tag.status{background:#d6f3e7;color:#0f5f58}
.warning{padding:12px 16px;border-radius:12px;margin:0 0 14px;background:#fff1e6;border:1px solid #f0a46b;color:#7c2d12}
.summary{overflow-wrap:anywhere}
ul.queue li{padding:10px 0 10px 10px}
ul.queue li.overdue{border-left:6px solid #9a3412}
ul.queue a{display:flex;flex-wrap:wrap;gap:0 10px;align-items:baseline;text-decoration:none;padding:8px 0}
ul.queue a strong{text-decoration:underline}
ul.queue .words{margin:2px 0;overflow-wrap:anywhere}
.pager{display:flex;flex-wrap:wrap;align-items:center;gap:0 8px}
ol.timeline{list-style:none;margin:0;padding:0}
ol.timeline li{margin:10px 0;padding:10px 12px;border-radius:12px;background:#f4f7f6}
ol.timeline li.in{background:#fff;border:1px solid #d3dfda;margin-right:12%}
ol.timeline li.out{background:#d6f3e7;margin-left:12%}
ol.timeline li.note{background:#fff8db;border:1px dashed #a16207}
ol.timeline li.event{background:transparent;padding:4px 12px}
ol.timeline li.warn,ul.list li.warn{color:#7c2d12}
ol.timeline .meta{display:block;font-size:16px;color:#52635d}
ol.timeline .text{margin:4px 0 0;white-space:pre-wrap;overflow-wrap:anywhere}
ol.timeline .file{display:inline-flex;align-items:center;min-height:48px;margin-top:6px}
ol.timeline img{display:block;max-width:100%;max-height:360px;height:auto;border-radius:8px}
ol.timeline audio{display:block;width:100%;max-width:360px;min-height:48px}
h3{font-size:18px;margin:16px 0 6px}
svg.chart{display:block;max-width:100%;height:auto;margin:8px 0}
`;
