// Chinese (default). Fluent syntax: https://projectfluent.org/fluent/guide/
export default `
## main menu
menu-settings = ⚙️ 设置
menu-mydata = 📋 我的数据
menu-help = ❓ 帮助
menu-intro = 请从下方菜单选择，或直接输入您的问题。
cancelled = 已取消。请从下方菜单选择。

## help and things not understood
help-text-telegram =
    邻里是社区的服务助手。直接输入您想办的事，我会告诉您去哪办、带什么。
    /menu 主菜单
    /guide 办事指南
    /settings 设置：语言、所在社区、手机号、隐私
    /mydata 查看我们保存的关于您的全部信息
    /forget 删除您的信息
    /cancel 退出当前操作
    /help 本帮助
help-text-web =
    邻里是社区的服务助手。直接输入您想办的事，我会告诉您去哪办、带什么。
    可以输入 /menu、/guide、/settings、/mydata、/forget、/cancel、/help，或点击下方菜单。
unknown-command = 没有 { $command } 这个命令。输入 /help 查看可用的命令。
stale-button = 这个按钮已经过期了。请从下方菜单重新开始。
unexpected-input = 这里不需要发送这个。请使用下方菜单。
error-apology = 抱歉，出了点问题，我们已记录下来。请稍后再试。

## choosing a community
pick-district = 请选择您所在的区：
pick-street = 请选择街道（乡镇）：
pick-community = 请选择社区（村）：
no-places-yet = 还没有录入任何社区，请联系社区工作人员。
button-previous = ◀ 上一页
button-next = 下一页 ▶
page-of = { $page }/{ $pages }
button-back = ↩ 返回
community-none = 未选择
community-set = 已将您的社区设为：{ $community }

## onboarding
welcome = 您好！我是“邻里”，社区的服务助手。先告诉我您住在哪个社区吧。
welcome-back = 欢迎回来！
welcome-community = 您好！我是“邻里”，社区的服务助手。您的社区是：{ $community }
welcome-unknown-code = 没有找到这个二维码对应的社区，请手动选择。
privacy-notice =
    隐私说明
    • 我们保存：您的聊天编号、语言、所在社区；同意后还可保存您主动分享的手机号。
    • 用途：只用于为您办理社区服务、把消息送达给您。
    • 不同意也可以使用不需要保存个人信息的功能；这时我们只保留语言和社区，半年不用即自动删除。
    • 办事指南没找到答案的问题会保存 90 天，供工作人员补充内容：去掉其中的号码，只记到哪一天，不记录是谁问的。
    • 随时可以用 /mydata 查看、用 /forget 删除。
    您同意吗？
button-consent-yes = ✅ 同意
button-consent-no = 不同意
consent-given = 谢谢！您已同意隐私说明。
consent-declined = 好的，我们不会保存您的个人信息，只保留语言和社区选择以便回复您。随时可以在“设置”里改变主意。
ask-phone = 如果愿意，可以点下方按钮分享您的手机号，方便社区工作人员联系您。也可以跳过。
button-share-phone = 📱 分享我的手机号
button-skip = 跳过
phone-saved = 已保存您的手机号 { $phone }。
phone-skipped = 好的，已跳过。
phone-not-own = 只能分享您自己的手机号，请点下方按钮。
phone-invalid = 这个号码看起来不对，请点下方按钮重新分享。
phone-needs-consent = 保存手机号需要您先同意隐私说明。
phone-telegram-only = 网页聊天无法验证手机号，请在 Telegram 中分享。
phone-removed = 已删除您的手机号。
phone-none = 未提供

## settings
button-language = 🌐 语言
button-community = 🏘 社区
button-phone = 📱 分享手机号
button-phone-remove = 📱 删除手机号
button-privacy = 🔒 隐私同意
settings-summary =
    您的设置
    语言：{ $language }
    社区：{ $community }
    手机号：{ $phone }
    隐私同意：{ $consent }
pick-language = 请选择语言 / Choose a language:
language-zh = 中文
language-en = 英文 (English)
language-set = 已切换为中文。
consent-state-given = 已同意
consent-state-declined = 未同意
consent-state-unasked = 尚未回答

## my data and deleting it
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
mydata-footer =
    办事指南没找到答案的问题不在这里：它们去掉号码、不记录是谁问的，保存 90 天后删除，因此无法按人查看或删除。
    要删除以上信息，请点下方按钮或发送 /forget。
button-forget = 🗑 删除我的信息
forget-confirm = 确定要删除我们保存的关于您的全部信息吗？此操作不能撤销。
button-forget-yes = 确定删除
button-forget-no = 取消
forget-cancelled = 好的，什么都没有删除。
forget-done = 已删除您的全部信息。如需再次使用，请发送 /start。

## service guide
menu-guide = 📖 办事指南
command-guide = 办事指南：去哪办、带什么
guide-intro = 办事指南：请选择分类，或直接输入您想办的事（例如“低保”“开无犯罪证明去哪”）。
guide-empty = 办事指南还没有内容，请联系社区工作人员。
guide-group = 📂 { $group }
guide-all-groups = 📖 全部分类
guide-found = 我找到了这些，请选择：
guide-nothing-found = 抱歉，没有找到相关的办事事项。我们已记下您的问题，社区工作人员会补充。您可以按分类查找：
weekday-mon = 周一
weekday-tue = 周二
weekday-wed = 周三
weekday-thu = 周四
weekday-fri = 周五
weekday-sat = 周六
weekday-sun = 周日
weekday-span = { $from }至{ $to }
list-separator = ；
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

## Telegram command menu
command-start = 开始 / 重新开始
command-menu = 主菜单
command-settings = 设置：语言、社区、手机号
command-mydata = 查看我的数据
command-forget = 删除我的数据
command-help = 帮助
command-cancel = 退出当前操作

## web chat page
chat-title = 邻里 · 社区服务助手
chat-placeholder = 输入消息…
chat-send = 发送
chat-offline = 网络有问题，消息没有发出，请重试。
chat-restart = 重新开始
chat-input-label = 消息
chat-menu-label = 快捷菜单
chat-map-link = 在地图上查看
`;
