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
escalation-notice-2 = ⏰ { $community }: case { $ref } is past its deadline and nobody has answered the resident: “{ $summary }”. Please answer in its topic or in the console.
escalation-notice-3 = ⏰ { $community }: case { $ref } is long past its deadline and still unanswered: “{ $summary }”. Please see that it is handled.
`,
};
