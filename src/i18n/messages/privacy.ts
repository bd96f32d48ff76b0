// Words of what is stored about a person (/mydata) and deleting it (/forget). Fluent syntax: https://projectfluent.org/fluent/guide/
// Both languages side by side; test/node/i18n.test.ts checks that every key used exists in both.
export default {
  zh: `
menu-mydata = 📋 我的数据
mydata-intro = 我们保存的关于您的全部信息：
mydata-identity = • { $channel } 编号：{ $id }
channel-telegram = Telegram
channel-web = 网页聊天
mydata-language = • 语言：{ $language }
mydata-community = • 社区：{ $community }
mydata-phone = • 手机号：{ $phone }
mydata-consent = • 隐私同意：{ $consent }（{ $when }）
mydata-since = • 首次使用：{ $when }
mydata-conversation = • 当前对话：{ $step }
mydata-conversation-idle = 无
mydata-cases = • 您找过工作人员的事项（{ $count } 件；删除信息后，事项只保留统计，您写的内容会被抹去）：
mydata-case =   { $ref } · { $status } · { $when }
mydata-footer =
    办事指南没找到答案的问题不在这里：它们去掉号码、不记录是谁问的，保存 90 天后删除，因此无法按人查看或删除。
    要删除以上信息，请点下方按钮或发送 /forget。
button-forget = 🗑 删除我的信息
forget-confirm = 确定要删除我们保存的关于您的全部信息吗？此操作不能撤销。
button-forget-yes = 确定删除
button-forget-no = 取消
forget-cancelled = 好的，什么都没有删除。
forget-done = 已删除您的全部信息。如需再次使用，请发送 /start。
command-mydata = 查看我的数据
command-forget = 删除我的数据
`,
  en: `
menu-mydata = 📋 My data
mydata-intro = Everything we store about you:
mydata-identity = • { $channel } id: { $id }
channel-telegram = Telegram
channel-web = Web chat
mydata-language = • Language: { $language }
mydata-community = • Community: { $community }
mydata-phone = • Phone: { $phone }
mydata-consent = • Privacy consent: { $consent } ({ $when })
mydata-since = • First used: { $when }
mydata-conversation = • Current conversation: { $step }
mydata-conversation-idle = none
mydata-cases = • Your cases with the staff ({ $count }; after deletion only their numbers stay, what you wrote is erased):
mydata-case =   { $ref } · { $status } · { $when }
mydata-footer =
    Questions the service guide could not answer are not here: they are kept without numbers and without who asked, and deleted after 90 days, so they cannot be shown or deleted per person.
    To delete the above, tap the button below or send /forget.
button-forget = 🗑 Delete my data
forget-confirm = Delete everything we store about you? This cannot be undone.
button-forget-yes = Yes, delete
button-forget-no = Cancel
forget-cancelled = OK, nothing was deleted.
forget-done = Everything about you has been deleted. Send /start to use linli again.
command-mydata = See my data
command-forget = Delete my data
`,
};
