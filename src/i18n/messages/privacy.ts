// Words of what is stored about a person (my data) and deleting it. Fluent syntax: https://projectfluent.org/fluent/guide/
// Both languages side by side; test/node/i18n.test.ts checks that every key used exists in both.
export default {
  zh: `
menu-mydata = 📋 我的数据
mydata-intro = 我们保存的关于您的全部信息：
mydata-identity = • 聊天方式：{ $channel }（账号 { $id }）
mydata-identity-web = • 聊天方式：网页聊天（只认这台设备上的浏览器）
channel-telegram = Telegram
channel-web = 网页聊天
mydata-language = • 语言：{ $language }
mydata-community = • 社区：{ $community }
mydata-phone = • 手机号：{ $phone }
mydata-consent = • 隐私同意：{ $consent }（{ $when }）
mydata-text-size = • 字号：{ $size }
mydata-map = • 打开地址用：{ $map }
mydata-since = • 第一次使用：{ $when }
mydata-conversation-saved = • 没办完的步骤：有（下次接着办）
mydata-conversation-idle = • 没办完的步骤：没有
mydata-cases = • 您找过工作人员的事（{ $count } 件；删除信息后只留下编号，您写的内容会被抹掉）：
mydata-case =   { $ref } · { $status } · { $when }
mydata-footer =
    办事指南没找到答案的问题不在这里：它们去掉号码、不记录是谁问的，保存 90 天后删除，因此无法按人查看或删除。
    要删除以上信息，请点下方的“🗑 删除我的信息”。
button-forget = 🗑 删除我的信息
forget-confirm = 确定要删除我们保存的关于您的全部信息吗？删除后不能恢复。
forget-tap-to-confirm = 删除后不能恢复。确定的话，请点“确定删除”按钮。
button-forget-yes = 确定删除
button-forget-no = 取消
forget-cancelled = 好的，什么都没有删除。
forget-done = 已删除您的全部信息。想再用的话，点下方菜单就行。
command-mydata = 查看我的数据
command-forget = 删除我的数据
`,
  en: `
menu-mydata = 📋 My data
mydata-intro = Everything we store about you:
mydata-identity = • How you chat: { $channel } (account { $id })
mydata-identity-web = • How you chat: web chat (recognised only in this device's browser)
channel-telegram = Telegram
channel-web = Web chat
mydata-language = • Language: { $language }
mydata-community = • Community: { $community }
mydata-phone = • Phone: { $phone }
mydata-consent = • Privacy consent: { $consent } ({ $when })
mydata-text-size = • Text size: { $size }
mydata-map = • Addresses open in: { $map }
mydata-since = • First used: { $when }
mydata-conversation-saved = • Unfinished steps: yes (to carry on next time)
mydata-conversation-idle = • Unfinished steps: none
mydata-cases = • Your cases with the staff ({ $count }; after deletion only their numbers stay, what you wrote is erased):
mydata-case =   { $ref } · { $status } · { $when }
mydata-footer =
    Questions the service guide could not answer are not here: they are kept without numbers and without who asked, and deleted after 90 days, so they cannot be shown or deleted per person.
    To delete the above, tap "🗑 Delete my data" below.
button-forget = 🗑 Delete my data
forget-confirm = Delete everything we store about you? This cannot be undone.
forget-tap-to-confirm = This cannot be undone. If you are sure, tap "Yes, delete".
button-forget-yes = Yes, delete
button-forget-no = Cancel
forget-cancelled = OK, nothing was deleted.
forget-done = Everything about you has been deleted. To use linli again, just tap the menu below.
command-mydata = See my data
command-forget = Delete my data
`,
};
