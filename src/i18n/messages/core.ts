// Words of the main menu, help, paging, and what the assistant does not understand. Fluent syntax: https://projectfluent.org/fluent/guide/
// Both languages side by side; test/node/i18n.test.ts checks that every key used exists in both.
export default {
  zh: `
help-intro = 邻里是社区的服务助手。直接输入您想办的事，我会告诉您去哪办、带什么。
menu-help = ❓ 帮助
menu-intro = 请从下方菜单选择，或直接输入您的问题。
cancelled = 已取消。请从下方菜单选择。
unknown-command = 没有 { $command } 这个命令。输入 /help 查看可用的命令。
stale-button = 这个按钮已经过期了。请从下方菜单重新开始。
unexpected-input = 这里不需要发送这个。请使用下方菜单。
error-apology = 抱歉，出了点问题，我们已记录下来。请稍后再试。
button-previous = ◀ 上一页
button-next = 下一页 ▶
page-of = { $page }/{ $pages }
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
command-menu = 主菜单
command-help = 帮助
command-cancel = 退出当前操作
`,
  en: `
help-intro = linli is your community's service assistant. Type what you need to do and I'll tell you where to go and what to bring.
menu-help = ❓ Help
menu-intro = Choose from the menu below, or type your question.
cancelled = Cancelled. Choose from the menu below.
unknown-command = There is no { $command } command. Type /help to see the commands.
stale-button = That button has expired. Please start again from the menu below.
unexpected-input = That isn't needed here. Please use the menu below.
error-apology = Sorry, something went wrong and we have logged it. Please try again in a moment.
button-previous = ◀ Previous
button-next = Next ▶
page-of = { $page }/{ $pages }
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
command-menu = Main menu
command-help = Help
command-cancel = Leave what you are doing
`,
};
