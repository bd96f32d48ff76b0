// Words staff read about cases: posts in a case's topic of the staff group, and the group's own commands.
// Fluent syntax: https://projectfluent.org/fluent/guide/ — both languages side by side.
export default {
  zh: `
topic-name = { $ref } { $summary }
topic-opened =
    🆕 { $ref } · { $kind }
    居民：{ $resident }
    手机：{ $phone }
    社区：{ $community }
    网格：{ $grid }
    语言：{ $language } · 渠道：{ $channel }
    { $service }
    「{ $summary }」
    在本话题里直接回复即可转给居民；以 // 开头的消息是内部备注。
topic-opened-service = 咨询事项：{ $service }
topic-resident-says = 👤 居民：{ $text }
topic-resident-sent = 👤 居民发来：
topic-staff-says = 💬 { $staff }（在控制台）：{ $text }
topic-staff-sent = 💬 { $staff }（在控制台）发来：
topic-note = 📝 { $staff }（内部备注）：{ $text }
topic-status = 状态：{ $status }（{ $by }）
topic-assigned = 👉 已交给 { $staff }（{ $by }）
topic-rated = ⭐ 居民评分 { $rating }/5
topic-rated-comment = ⭐ 居民评分 { $rating }/5：{ $comment }
topic-escalated-1 = ⏰ 已超过首次回复时限，请尽快回复居民。
topic-escalated-2 = ⏰ 超时未回复，已通知社区工作人员。
topic-escalated-3 = ⏰ 超时未回复，已上报街道。
topic-unreachable = ⚠️ 居民已屏蔽机器人或账号已不存在，消息送不到了。
topic-by-resident = 居民
topic-none = —
case-kind-conversation = 找人工
case-kind-complaint = 民情诉求
case-kind-application = 代办
staff-case-status-open = 待回复
staff-case-status-answered = 已回复
staff-case-status-closed = 已结束
channel-name-telegram = Telegram
channel-name-web = 网页聊天
language-name-zh = 中文
language-name-en = 英文
button-case-take = ✋ 我来接
button-case-close = ✅ 结束
group-linked = 已把本群绑定到{ $community }。以后每个居民事项都会在这里开一个话题。
group-unlinked = 已解除本群与{ $community }的绑定。
group-not-linked = 本群还没有绑定社区。
group-not-forum = 本群还没有开启“话题”（Topics）。请在群设置里开启后再发送 /link。
group-bot-not-admin = 请先把我设为管理员，并给我“管理话题”的权限，再发送 /link。
group-not-staff = 只有绑定了 Telegram 的社区工作人员才能这样做。
group-no-community = 您的角色不在某个社区下，请在控制台绑定，或用 /link 社区编号。
group-case-unknown = 这个话题没有对应的事项。
group-case-closed = 事项 { $ref } 已结束。
group-case-taken = { $staff } 接手了 { $ref }。
group-assign-usage = 用法：/assign 用户名
group-case-changed = { $ref } 刚被别人处理过，请看看最新的消息再操作。
group-reply-too-long = 这条太长了，没有转给居民：最多 { $max } 个字，请分几条发。
group-assign-unknown = 没有在本社区找到用户名为 { $username } 的工作人员。
group-relay-failed = 没能转给居民：{ $reason }
topic-by-system = 系统
topic-followed = 👍 又有一位居民说“我也遇到了”。
topic-verdict = 🗳 居民评价：{ $verdict }
topic-verdict-rated = 🗳 居民评价：{ $verdict }，评分 { $rating }/5
topic-verdict-comment = 🗳 居民评价：{ $verdict }，评分 { $rating }/5：{ $comment }
staff-verdict-fixed = 办好了
staff-verdict-partly = 办好了一部分
staff-verdict-not_fixed = 没办好
topic-complaint-category = 分类：{ $category }
topic-complaint-place = 地点：{ $place }
topic-complaint-map = 地图：{ $url }
topic-complaint-photos = 照片：{ $count } 张（见下）
topic-complaint-help = 改状态：/checking 核实中 · /scheduled 已安排 · /working 处理中 · /fixed 办好了（写上做了什么，可带照片）· /notours 不归社区管（写上该找谁）· /duplicate 编号 · /close 结案
staff-case-status-investigating = 核实中
staff-case-status-action_scheduled = 已安排
staff-case-status-in_progress = 处理中
staff-case-status-fixed = 已办好
staff-case-status-not_responsible = 不归社区管
staff-case-status-duplicate = 重复
staff-case-status-reopened = 重新办理
group-fixed-needs-note = “办好了”要写上做了什么，例如：/fixed 已更换路灯灯泡
group-notours-needs-where = 请写上该找谁，例如：/notours 供电公司 95598
group-duplicate-unknown = 没有找到这个编号的、本社区还没结案的诉求。用法：/duplicate TS-20261129-0001
group-status-refused = 这个状态现在不能这样改（已结案的请先 /reopen）。
escalation-notice-1 = ⏰ { $community }的诉求 { $ref } 已超过时限：「{ $summary }」。请尽快处理并在话题里更新状态。
escalation-notice-2 = ⏰ { $community }的事项 { $ref } 超时还没有人回复居民：「{ $summary }」。请在工作群的话题里或工作台回复。
escalation-notice-3 = ⏰ { $community }的事项 { $ref } 已严重超时，仍没有回复居民：「{ $summary }」。请督促处理。
`,
  en: `
topic-name = { $ref } { $summary }
topic-opened =
    🆕 { $ref } · { $kind }
    Resident: { $resident }
    Phone: { $phone }
    Community: { $community }
    Grid: { $grid }
    Language: { $language } · Channel: { $channel }
    { $service }
    “{ $summary }”
    Reply in this topic to answer the resident; a message starting with // is an internal note.
topic-opened-service = About the service: { $service }
topic-resident-says = 👤 Resident: { $text }
topic-resident-sent = 👤 The resident sent:
topic-staff-says = 💬 { $staff } (in the console): { $text }
topic-staff-sent = 💬 { $staff } (in the console) sent:
topic-note = 📝 { $staff } (internal note): { $text }
topic-status = Status: { $status } ({ $by })
topic-assigned = 👉 Assigned to { $staff } ({ $by })
topic-rated = ⭐ The resident rated it { $rating }/5
topic-rated-comment = ⭐ The resident rated it { $rating }/5: { $comment }
topic-escalated-1 = ⏰ The first-response deadline has passed; please answer the resident.
topic-escalated-2 = ⏰ Still unanswered: the community's staff have been told.
topic-escalated-3 = ⏰ Still unanswered: the street has been told.
topic-unreachable = ⚠️ The resident blocked the bot or their account is gone: messages no longer reach them.
topic-by-resident = the resident
topic-none = —
case-kind-conversation = talk to a person
case-kind-complaint = complaint
case-kind-application = proxy application
staff-case-status-open = waiting for an answer
staff-case-status-answered = answered
staff-case-status-closed = closed
channel-name-telegram = Telegram
channel-name-web = web chat
language-name-zh = Chinese
language-name-en = English
button-case-take = ✋ I'll take it
button-case-close = ✅ Close
group-linked = This group now serves { $community }: every resident's case gets a topic here.
group-unlinked = This group no longer serves { $community }.
group-not-linked = This group is not linked to a community.
group-not-forum = Topics are off in this group. Turn them on in the group's settings, then send /link again.
group-bot-not-admin = Make me an administrator with the right to manage topics first, then send /link again.
group-not-staff = Only community staff who linked their Telegram account can do this.
group-no-community = Your role is not at one community: link the group in the console, or send /link <community code>.
group-case-unknown = This topic belongs to no case.
group-case-closed = Case { $ref } is closed.
group-case-taken = { $staff } took { $ref }.
group-assign-usage = Usage: /assign username
group-case-changed = Someone else acted on { $ref } just now: read the latest messages, then try again.
group-reply-too-long = Too long, not passed to the resident: at most { $max } characters, please send it in parts.
group-assign-unknown = No staff member of this community has the username { $username }.
group-relay-failed = Could not pass it to the resident: { $reason }
topic-by-system = system
topic-followed = 👍 Another resident says “me too”.
topic-verdict = 🗳 Resident's verdict: { $verdict }
topic-verdict-rated = 🗳 Resident's verdict: { $verdict }, rated { $rating }/5
topic-verdict-comment = 🗳 Resident's verdict: { $verdict }, rated { $rating }/5: { $comment }
staff-verdict-fixed = fixed
staff-verdict-partly = partly fixed
staff-verdict-not_fixed = not fixed
topic-complaint-category = Category: { $category }
topic-complaint-place = Place: { $place }
topic-complaint-map = Map: { $url }
topic-complaint-photos = Photos: { $count } (below)
topic-complaint-help = Status: /checking · /scheduled · /working · /fixed what was done (a photo may carry it) · /notours where instead · /duplicate reference · /close
staff-case-status-investigating = investigating
staff-case-status-action_scheduled = action scheduled
staff-case-status-in_progress = in progress
staff-case-status-fixed = fixed
staff-case-status-not_responsible = not responsible
staff-case-status-duplicate = duplicate
staff-case-status-reopened = reopened
group-fixed-needs-note = “Fixed” needs what was done, e.g. /fixed replaced the lamp
group-notours-needs-where = Say where it goes instead, e.g. /notours the power company, 95598
group-duplicate-unknown = No open complaint of this community has that reference. Usage: /duplicate TS-20261129-0001
group-status-refused = That status cannot be set now (reopen a closed one first with /reopen).
escalation-notice-1 = ⏰ { $community }: complaint { $ref } is past its deadline: “{ $summary }”. Please handle it and update its status in the topic.
escalation-notice-2 = ⏰ { $community }: case { $ref } is past its deadline and nobody has answered the resident: “{ $summary }”. Please answer in its topic or in the console.
escalation-notice-3 = ⏰ { $community }: case { $ref } is long past its deadline and still unanswered: “{ $summary }”. Please see that it is handled.
`,
};
