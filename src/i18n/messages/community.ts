// Words of the community card (四到社区) in chat, and of staff linking their Telegram account.
// Fluent syntax: https://projectfluent.org/fluent/guide/ — both languages side by side.
export default {
  zh: `
menu-community = 🏠 我的社区
command-community = 我的社区：电话、地址、上班时间
community-choose = 先选择您所在的社区，我再告诉您它的电话和上班时间。
community-card =
    🏠 { $community }
    { $state }
    ☎️ 电话：{ $phone }
    📍 地址：{ $address }
community-open-now = 🟢 现在正在上班
community-opens-at = 🔴 现在下班了，{ $day } { $time } 上班
community-closed-long = 🔴 近期不上班
community-hours = 🕘 上班时间：{ $hours }
community-grid = 👤 { $grid }网格员：{ $workers }
community-grid-none = 👤 { $grid }：暂无网格员
community-worker = { $name }（{ $phone }）
community-worker-nophone = { $name }
community-supervision = 📣 对服务不满意，可拨打{ $street }监督电话：{ $phone }
community-services = 社区可以办：{ $services }
community-services-more = 等 { $count } 项
community-unknown = —
button-community-more = 📋 网格员和可办事项
button-community-guide = 📖 办事指南
staff-linked = 您好，{ $name }！已把这个 Telegram 账号绑定为社区工作人员。以后在社区工作群里回复居民，或发送 /console 获取工作台登录链接。
staff-link-invalid = 这个邀请链接无效、已用过或已过期。请向管理员要一个新的。
staff-console-link = 工作台登录链接（10 分钟内有效，只能用一次）：{ $url }
staff-console-no-url = 这个部署没有设置公开网址（PUBLIC_URL），无法生成登录链接。请直接打开工作台 /console 用密码登录。
staff-not-linked = 只有绑定了 Telegram 的社区工作人员才能使用这个命令。
`,
  en: `
menu-community = 🏠 My community
command-community = My community: phone, address, office hours
community-choose = First choose your community, then I'll tell you its phone number and office hours.
community-card =
    🏠 { $community }
    { $state }
    ☎️ Phone: { $phone }
    📍 Address: { $address }
community-open-now = 🟢 The office is open now
community-opens-at = 🔴 Closed now; opens { $day } at { $time }
community-closed-long = 🔴 Closed for now
community-hours = 🕘 Office hours: { $hours }
community-grid = 👤 { $grid } grid worker: { $workers }
community-grid-none = 👤 { $grid }: no grid worker yet
community-worker = { $name } ({ $phone })
community-worker-nophone = { $name }
community-supervision = 📣 Unhappy with the service? { $street } supervision line: { $phone }
community-services = The community office handles: { $services }
community-services-more = and { $count } more
community-unknown = —
button-community-more = 📋 Grid workers and services
button-community-guide = 📖 Service guide
staff-linked = Hello, { $name }! This Telegram account is now linked to your staff account. Answer residents in your community's staff group, or send /console for a console login link.
staff-link-invalid = This invitation is unknown, used or expired. Please ask your administrator for a new one.
staff-console-link = Console login link (valid for 10 minutes, once): { $url }
staff-console-no-url = This deployment has no public address (PUBLIC_URL), so no login link can be made. Open the console at /console and log in with your password.
staff-not-linked = Only community staff who linked their Telegram account can use this command.
`,
};
