// Words of the main menu, help, paging, reaching a person, and what the assistant does not understand. Fluent syntax: https://projectfluent.org/fluent/guide/
// Both languages side by side; test/node/i18n.test.ts checks that every key used exists in both.
// Resident-facing words name buttons, never commands (the commands still work for those who type them).
export default {
  zh: `
help-intro =
    邻里是社区的服务助手。您可以这样用：
    • 直接打字说您要办的事，比如“低保怎么申请”“身份证丢了”，我告诉您去哪办、带什么。
    • 点下方菜单：“📖 办事指南”按分类找；“⚙️ 设置”里换语言、换社区。
    • 每一步都有“↩ 返回”，点错了也不要紧。
menu-help = ❓ 帮助
menu-intro = 请点下方菜单，或者直接打字说您要办的事。
cancelled = 好的，已经退出。请点下方菜单，或者直接打字说您要办的事。
unknown-command = 我不认识这个指令。请点下方菜单，或者直接打字说您要办的事。
stale-button = 这个按钮已经过期了。请点下方菜单重新开始。
unexpected-input = 这个我看不懂。请打字，或者点下方菜单。
error-apology = 抱歉，出了点问题，我们已记录下来。请稍后再试。
too-fast = 您发得太快了，我们看不过来。请稍等一会儿再发。
too-many-created = 您这一小时里提交得太多了，请过一会儿再来。刚才这件事还没有提交。
button-previous = ◀ 上一页
button-next = 下一页 ▶
page-of = （第 { $page } 页，共 { $pages } 页）
button-back = ↩ 返回
weekday-mon = 周一
weekday-tue = 周二
weekday-wed = 周三
weekday-thu = 周四
weekday-fri = 周五
weekday-sat = 周六
weekday-sun = 周日
weekday-span = { $from }至{ $to }
list-separator = ；
list-comma = 、
reach-station = ☎️ 也可以打电话问社区服务站（{ $community }）：{ $phone }，{ $hours }
reach-station-no-hours = ☎️ 也可以打电话问社区服务站（{ $community }）：{ $phone }
reach-hotline = ☎️ 也可以打 12345 政务服务热线问一问。选好您的社区后，我会告诉您社区服务站的电话。
command-menu = 主菜单
command-help = 帮助
command-cancel = 退出当前操作
`,
  en: `
help-intro =
    linli is your community's service assistant. How to use it:
    • Type what you need to do, such as "subsistence allowance" or "I lost my ID card", and I'll tell you where to go and what to bring.
    • Tap the menu below: "📖 Service guide" to browse; "⚙️ Settings" to change the language or your community.
    • Every step has "↩ Back", so a wrong tap does no harm.
menu-help = ❓ Help
menu-intro = Tap the menu below, or type what you need to do.
cancelled = All right, left that. Tap the menu below, or type what you need to do.
unknown-command = I don't know that instruction. Tap the menu below, or type what you need to do.
stale-button = That button has expired. Please start again from the menu below.
unexpected-input = I can't read that. Please type, or tap the menu below.
error-apology = Sorry, something went wrong and we have logged it. Please try again in a moment.
too-fast = You are sending faster than we can read. Please wait a moment before sending more.
too-many-created = You have made many requests in the last hour; please come back a little later. This one has not been sent.
button-previous = ◀ Previous
button-next = Next ▶
page-of = { " " }(page { $page } of { $pages })
button-back = ↩ Back
weekday-mon = Mon
weekday-tue = Tue
weekday-wed = Wed
weekday-thu = Thu
weekday-fri = Fri
weekday-sat = Sat
weekday-sun = Sun
weekday-span = { $from }–{ $to }
list-separator = {"; "}
list-comma = {", "}
reach-station = ☎️ You can also call your community service station ({ $community }): { $phone }, { $hours }
reach-station-no-hours = ☎️ You can also call your community service station ({ $community }): { $phone }
reach-hotline = ☎️ You can also call the 12345 government service hotline. Once you choose your community, I'll give you its service station's phone.
command-menu = Main menu
command-help = Help
command-cancel = Leave what you are doing
`,
};
