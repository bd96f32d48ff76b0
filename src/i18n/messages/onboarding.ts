// Words of a resident arriving: greeting, choosing a community, the privacy notice, a phone number. Fluent syntax: https://projectfluent.org/fluent/guide/
// Both languages side by side; test/node/i18n.test.ts checks that every key used exists in both.
export default {
  zh: `
pick-district = 请选择您住在哪个区：
pick-street = 请选择街道（乡镇）：
pick-community = 请选择社区（村）：
button-later = 稍后再选
community-later = 好的。以后想选，点“⚙️ 设置”里的“🏘 社区”就行。现在也可以直接打字问事情。
nudge-community = 还差一步：选好您住的社区，我就能告诉您就近在哪办、几点开门。
nudge-consent = 还差一步：看一下隐私说明，选同意或不同意。
button-carry-on = 👉 接着设置
no-places-yet = 还没有录入任何社区，请联系社区工作人员。
community-none = 未选择
community-set = 已将您的社区设为：{ $community }
welcome = 您好！我是“邻里”，社区的服务助手。先告诉我您住在哪个社区吧。
welcome-back = 欢迎回来！
welcome-community = 您好！我是“邻里”，社区的服务助手。您的社区是：{ $community }
welcome-unknown-code = 没有找到这个二维码对应的社区，请自己选一下。
privacy-notice =
    隐私说明
    • 我们保存：您用的聊天账号、语言、所在社区；您同意后，还会保存您自己分享的手机号。
    • 用途：只用来为您办社区的事、把消息送到您这里。
    • 不同意也能用不需要保存个人信息的功能；这时我们只留语言和社区，半年不用就自动删除。
    • 办事指南没找到答案的问题会保存 90 天，供工作人员补充内容：去掉其中的号码，只记到哪一天，不记录是谁问的。
    • 随时可以在菜单“📋 我的数据”里查看和删除。
    您同意吗？
button-consent-yes = ✅ 同意
button-consent-no = 不同意
consent-given = 谢谢！您已同意隐私说明。
consent-declined = 好的，我们不会保存您的个人信息，只留语言和社区，方便回复您。随时可以在“⚙️ 设置”里改主意。
ask-phone = 如果愿意，可以点下方按钮分享您的手机号，方便社区工作人员联系您。也可以跳过。
button-share-phone = 📱 分享我的手机号
button-skip = 跳过
phone-saved = 已保存您的手机号 { $phone }。
phone-skipped = 好的，已跳过。
phone-not-own = 只能分享您自己的手机号，请点下方按钮。
phone-invalid = 这个号码看起来不对，请点下方按钮重新分享。
phone-needs-consent = 保存手机号需要您先同意隐私说明。
phone-telegram-only = 网页聊天没法确认手机号是您本人的，请在 Telegram 里分享。
phone-removed = 已删除您的手机号。
phone-none = 未提供
command-start = 开始 / 重新开始
`,
  en: `
pick-district = Which district do you live in?
pick-street = Choose your street (or township):
pick-community = Choose your community (or village):
button-later = Choose later
community-later = All right. To choose later, tap "🏘 Community" in "⚙️ Settings". You can type a question now too.
nudge-community = One more step: choose the community you live in, and I can tell you where nearby to go and when it is open.
nudge-consent = One more step: read the privacy notice and agree or decline.
button-carry-on = 👉 Carry on setting up
no-places-yet = No communities have been entered yet; please contact your community staff.
community-none = not chosen
community-set = Your community is now: { $community }
welcome = Hello! I'm linli (邻里), your community's service assistant. First, which community do you live in?
welcome-back = Welcome back!
welcome-community = Hello! I'm linli (邻里), your community's service assistant. Your community: { $community }
welcome-unknown-code = I couldn't find the community of that QR code; please choose it yourself.
privacy-notice =
    Privacy notice
    • What we store: the chat account you use, your language and community; with your consent also a phone number you choose to share.
    • Why: only to provide community services to you and to deliver messages to you.
    • Without consent you can still use everything that stores nothing about you; we then keep only your language and community, deleted after six months without a visit.
    • Questions the service guide could not answer are kept for 90 days so that staff can fill the gaps: with any numbers taken out, only the day they were asked, and never who asked.
    • You can see and delete it any time under "📋 My data" in the menu.
    Do you agree?
button-consent-yes = ✅ I agree
button-consent-no = I don't agree
consent-given = Thank you! You have agreed to the privacy notice.
consent-declined = All right: we won't store personal information about you, only your language and community so that we can answer you. You can change your mind in "⚙️ Settings".
ask-phone = If you like, share your phone number with the button below so that community staff can reach you. Or skip.
button-share-phone = 📱 Share my phone number
button-skip = Skip
phone-saved = Saved your phone number { $phone }.
phone-skipped = OK, skipped.
phone-not-own = You can only share your own number: please use the button below.
phone-invalid = That number doesn't look right; please share it again with the button below.
phone-needs-consent = Keeping a phone number needs your consent to the privacy notice first.
phone-telegram-only = The web chat cannot check that a phone number is yours; please share it on Telegram.
phone-removed = Your phone number has been deleted.
phone-none = not given
command-start = Start / start again
`,
};
