// Words of the service guide (办事指南): groups, search answers, item cards, opening hours. Fluent syntax: https://projectfluent.org/fluent/guide/
// Both languages side by side; test/node/i18n.test.ts checks that every key used exists in both.
export default {
  zh: `
menu-guide = 📖 办事指南
command-guide = 办事指南：去哪办、带什么
guide-intro = 办事指南：请选择分类，或直接输入您想办的事（例如“低保”“开无犯罪证明去哪”）。
guide-empty = 办事指南还没有内容，请联系社区工作人员。
guide-group = 📂 { $group }
guide-all-groups = 📖 全部分类
guide-found = 我找到了这些，请选择：
guide-nothing-found = 抱歉，没有找到相关的办事事项。我们已记下您的问题，社区工作人员会补充。您可以按分类查找：
hours-open-now = 现在正在办公
hours-closed-now = 现在不办公，{ $day } { $time } 开始办公
hours-closed = 近期不办公
hours-with-state = { $week }（{ $state }）
hours-unknown = 办公时间未提供
card-eligibility = 👤 办理对象：{ $text }
card-materials = 📋 需要带的材料：
card-steps = 📝 办理步骤：
card-office = 🏢 办理地点：{ $office }
card-address = 📍 地址：{ $address }
card-hours = 🕘 时间：{ $hours }
card-phone = ☎️ 咨询电话：{ $phone }
card-complaint-phone = 📣 投诉电话：{ $phone }
card-website = 🌐 网站：{ $url }
card-fee = 💰 费用：{ $fee }
card-time-limit = ⏱ 办理时限：{ $limit }
card-proxy = 🤝 此事项可以由社区工作人员代办，请到社区服务站咨询。
card-certificate = 🖋 这是社区可以开具的证明。
access-handled = 在{ $community }：社区服务站可以直接办理。地址：{ $address }；时间：{ $hours }；电话：{ $phone }
access-assisted = 在{ $community }：社区服务站帮您准备材料、提交申请，由{ $agency }审批。服务站地址：{ $address }；时间：{ $hours }；电话：{ $phone }
access-not_here = 社区不办理此事项，请直接前往{ $agency }（地址和时间见上）。
access-handled-generic = 社区服务站可以直接办理。在“设置”中选择您的社区后，我会告诉您服务站的地址和时间。
access-assisted-generic = 社区服务站帮您准备材料，由{ $agency }审批。在“设置”中选择您的社区后，我会告诉您服务站的地址。
access-not_here-generic = 社区不办理此事项，请直接前往{ $agency }（地址和时间见上）。
`,
  en: `
menu-guide = 📖 Service guide
command-guide = Service guide: where to go, what to bring
guide-intro = Service guide: choose a group, or just type what you need (for example "subsistence allowance" or "police clearance certificate").
guide-empty = The service guide has no entries yet; please contact your community staff.
guide-group = 📂 { $group }
guide-all-groups = 📖 All groups
guide-found = Here is what I found; please choose:
guide-nothing-found = Sorry, I found nothing about that. We have noted your question so that staff can add it. You can look through the groups:
hours-open-now = open now
hours-closed-now = closed now; opens { $day } { $time }
hours-closed = closed for the coming days
hours-with-state = { $week } ({ $state })
hours-unknown = hours not given
card-eligibility = 👤 Who can apply: { $text }
card-materials = 📋 What to bring:
card-steps = 📝 Steps:
card-office = 🏢 Where: { $office }
card-address = 📍 Address: { $address }
card-hours = 🕘 Hours: { $hours }
card-phone = ☎️ Phone: { $phone }
card-complaint-phone = 📣 Complaints: { $phone }
card-website = 🌐 Website: { $url }
card-fee = 💰 Fee: { $fee }
card-time-limit = ⏱ Time limit: { $limit }
card-proxy = 🤝 Community staff can file this for you; ask at the community service station.
card-certificate = 🖋 This is a certificate your community may issue.
access-handled = In { $community }: the community service station handles this directly. Address: { $address }; hours: { $hours }; phone: { $phone }
access-assisted = In { $community }: the community service station helps you prepare and submit it; { $agency } decides. Station address: { $address }; hours: { $hours }; phone: { $phone }
access-not_here = Your community does not handle this: go to { $agency } (address and hours above).
access-handled-generic = The community service station handles this directly. Choose your community in Settings and I will tell you where the station is.
access-assisted-generic = The community service station helps you prepare it; { $agency } decides. Choose your community in Settings and I will tell you where the station is.
access-not_here-generic = Communities do not handle this: go to { $agency } (address and hours above).
`,
};
