// Words of reporting a problem (民情诉求), as residents read them: the report's steps, "me too", what
// happens next, my reports, status changes and the verdict on "fixed". Fluent syntax; both languages side
// by side (test/node/i18n.test.ts checks every key exists in both; plain Chinese: no commands, no English).
export default {
  zh: `
menu-report = 📣 我要反映
command-report = 反映问题
command-myreports = 我反映的问题
report-choose-community = 先选择您所在的社区，我好把问题交给那里的网格员。
report-needs-consent = 您反映的情况、照片和位置会保存下来，交给工作人员处理。请先看一下隐私说明：
report-offer = 听起来您想反映一个问题：「{ $text }」。要帮您登记，交给社区处理吗？
button-report-offer-yes = 📣 是的，帮我登记
button-report-offer-no = 不用，我是想问问
report-ask-text = 请用一两句话说说是什么问题（比如「楼下饭店油烟太大」「3栋门口路灯坏了」）。也可以直接发照片。
report-ask-category = 这属于哪一类？（最像的排在前面）
report-ask-place = 问题在哪里？可以：
    · 发送位置
    · 直接写楼栋或地方（比如「3栋2单元门口」）
    · 不清楚就点「跳过」
report-ask-place-words = 问题在哪里？直接写楼栋或地方（比如「3栋2单元门口」）；不清楚就点「跳过」。
report-ask-location = 人在现场的话，点这个按钮发送位置：
button-report-location = 📍 发送位置
button-report-my-building = 🏠 就在我住的 { $building }
report-place-noted = 地点：{ $place }
report-place-zero = 这个位置不对（是地图的原点），请重新发送，或者直接写地方。
report-place-range = 这个位置离您的社区太远了，请重新发送，或者直接写地方。
report-ask-photos = 有照片吗？直接发照片（最多 5 张）；没有就点「跳过」。
report-photo-got = 收到第 { $count } 张照片。
report-photo-too-many = 最多 5 张照片，这张没有加上。
report-photo-as-file = 请把照片按“照片”发送，不要按“文件”发送。
report-photo-wanted = 这里需要照片或文字，其他的收不了。
report-same-intro = 附近已经有人反映过同类问题，是其中一件吗？是的话点「我也遇到了」，办理进展会同样告诉您：
report-same-line = 👍 我也遇到了：{ $summary }
button-report-new = 不是，这是新问题
report-followed = 好的，已记下您也遇到了（编号 { $ref }）。办理的每一步都会告诉您，办好后也请您评价。
report-followed-already = 您已经跟进这件事了（编号 { $ref }）。
report-follow-refused = 这件事不能跟进：它已经办结，或者不是您社区的。您可以登记一件新的。
report-follow-own = 这是您自己反映的，不用再跟进。
report-summary =
    请核对一下：
    分类：{ $category }
    情况：{ $text }
    地点：{ $place }
    照片：{ $photos } 张
    { $name }
report-summary-name-shown = 其他居民能看到是您反映的。
report-summary-name-hidden = 不向其他居民显示您的名字（工作人员能看到）。
report-place-none = 没有填
report-place-location = 已发送位置
report-place-both = { $place }（已发送位置）
button-report-submit = ✅ 提交
button-report-hide-name = 🙈 不显示我的名字
button-report-show-name = 👤 显示我的名字
button-report-edit = ✏️ 修改
button-report-cancel = ✖ 不反映了
report-edit-what = 要改哪一项？
button-report-edit-text = 情况
button-report-edit-category = 分类
button-report-edit-place = 地点
button-report-edit-photos = 照片
button-report-skip = 跳过
button-report-next = 下一步
button-report-mine = 📋 我反映的问题
report-cancelled = 好的，这次不登记了。有问题随时点「📣 我要反映」。
report-filed =
    ✅ 已登记，编号 { $ref }。
    由 { $handler } 处理，{ $acknowledge } 前会先答复您，{ $resolve } 前办好。
    接下来：工作人员会先去核实，每一步进展都会在这里告诉您；办好后请您评价。
report-filed-no-deadline =
    ✅ 已登记，编号 { $ref }，由 { $handler } 处理。
    接下来：工作人员会先去核实，每一步进展都会在这里告诉您；办好后请您评价。
report-handler-community = 社区工作人员
report-not-here =
    这类问题不归社区管：{ $where }
    已为您记下（编号 { $ref }），方便统计。
report-not-here-call = ☎️ 电话：{ $phone }
report-bad-category = 这个分类不是您社区的，请从下面选一个。
report-too-long = 说得太长了，请简短一些（两千字以内）。
report-mine-none = 您还没有反映过问题。有问题随时点「📣 我要反映」。
report-mine-intro = 您反映和跟进的问题（点一下看进展）：
report-mine-line = { $status } · { $ref } · { $summary }
report-timeline-head = { $ref } · { $category } · 现在：{ $status }
report-timeline-line = { $when } { $what }
report-event-opened = 登记
report-event-status = 状态改为：{ $status }
report-event-reply = 工作人员回复：{ $text }
report-event-follow = 又有居民遇到了同样的问题
report-event-verdict = 居民评价：{ $verdict }
report-event-escalation = 已提醒上级督办
complaint-status-open = 已登记，等待核实
complaint-status-investigating = 正在核实
complaint-status-action_scheduled = 已安排处理
complaint-status-in_progress = 正在处理
complaint-status-fixed = 已办好
complaint-status-not_responsible = 不归社区管
complaint-status-duplicate = 与另一件合并
complaint-status-closed = 已办结
complaint-status-reopened = 重新办理
case-status-investigating = 正在核实
case-status-action_scheduled = 已安排处理
case-status-in_progress = 正在处理
case-status-fixed = 已办好
case-status-not_responsible = 不归社区管
case-status-duplicate = 与另一件合并
case-status-reopened = 重新办理
report-notice-status = 📣 您反映的问题 { $ref }：{ $status }。
report-notice-note = 工作人员说：{ $note }
report-notice-elsewhere = 这件事应该找：{ $where }
report-notice-duplicate = 已和同样的问题 { $original } 合并办理，以后的进展会按那件告诉您。
report-notice-unconfirmed = 七天没有收到评价，已按办好结案。
report-notice-escalated = 📣 您反映的问题 { $ref } 已两次没办好，已交给街道督办。
report-verdict-ask = 📣 您反映的问题 { $ref } 工作人员说已经办好了。您看办好了吗？
button-verdict-fixed = 👍 办好了
button-verdict-partly = 办好了一部分
button-verdict-not_fixed = 👎 没办好
report-verdict-rate = 请给这次处理打个分：
report-verdict-reopened = 好的，已经重新交给工作人员办理，进展会告诉您。
report-verdict-escalated = 好的，这件事已经两次没办好，已交给街道督办。
report-verdict-thanks = 谢谢您的评价！想说点什么可以直接写，不写请点「跳过」。
report-verdict-comment-thanks = 谢谢，您的意见已转给工作人员。
report-verdict-once = 这件事您已经评价过了，谢谢。
report-verdict-not-asked = 这件事现在不用评价了。
verdict-fixed = 办好了
verdict-partly = 办好了一部分
verdict-not_fixed = 没办好
mydata-complaints = 您跟进的问题：{ $count } 件
`,
  en: `
menu-report = 📣 Report a problem
command-report = Report a problem
command-myreports = My reports
report-choose-community = First choose your community, so that I can pass the problem to its grid worker.
report-needs-consent = What you report, its photos and place are kept and passed to staff. Please read the privacy notice first:
report-offer = It sounds like you want to report a problem: “{ $text }”. Shall I file it with your community?
button-report-offer-yes = 📣 Yes, report it
button-report-offer-no = No, I have a question
report-ask-text = In a sentence or two, what is the problem? (e.g. “the restaurant downstairs smokes us out”, “the street light at building 3 is broken”). You can also just send a photo.
report-ask-category = Which kind of problem is it? (The likeliest first.)
report-ask-place = Where is it? You can:
    · share a location
    · type the building or place (e.g. “Building 3, entrance 2”)
    · tap “Skip” if you are not sure
report-ask-place-words = Where is it? Type the building or place (e.g. “Building 3, entrance 2”); tap “Skip” if you are not sure.
report-ask-location = If you are there, tap to share your location:
button-report-location = 📍 Share location
button-report-my-building = 🏠 At my building ({ $building })
report-place-noted = Where: { $place }
report-place-zero = That location is not right (it is the map's origin). Please send it again, or type the place.
report-place-range = That location is too far from your community. Please send it again, or type the place.
report-ask-photos = Any photos? Send them (up to 5); tap “Skip” if you have none.
report-photo-got = Got photo { $count }.
report-photo-too-many = At most 5 photos: that one was not added.
report-photo-as-file = Please send the picture as a photo, not as a file.
report-photo-wanted = Here I need a photo or words; I cannot take that.
report-same-intro = Someone nearby already reported this kind of problem. Is it one of these? Tap “Me too” and you get its updates as well:
report-same-line = 👍 Me too: { $summary }
button-report-new = No, this is a new one
report-followed = Done: you follow { $ref } too. You will hear of every step and be asked whether it was fixed.
report-followed-already = You already follow { $ref }.
report-follow-refused = That one cannot be followed: it is finished, or not of your community. You can report a new one.
report-follow-own = That is your own report: no need to follow it.
report-summary =
    Please check:
    Kind: { $category }
    What: { $text }
    Where: { $place }
    Photos: { $photos }
    { $name }
report-summary-name-shown = Other residents can see that you reported it.
report-summary-name-hidden = Your name is not shown to other residents (staff see it).
report-place-none = not given
report-place-location = location shared
report-place-both = { $place } (location shared)
button-report-submit = ✅ Submit
button-report-hide-name = 🙈 Hide my name
button-report-show-name = 👤 Show my name
button-report-edit = ✏️ Edit
button-report-cancel = ✖ Cancel
report-edit-what = What would you like to change?
button-report-edit-text = What happened
button-report-edit-category = Kind
button-report-edit-place = Where
button-report-edit-photos = Photos
button-report-skip = Skip
button-report-next = Next
button-report-mine = 📋 My reports
report-cancelled = All right, nothing was filed. Tap “📣 Report a problem” whenever you need to.
report-filed =
    ✅ Filed as { $ref }.
    { $handler } handles it: a first answer by { $acknowledge }, fixed by { $resolve }.
    Next: staff check it first; you hear of every step here, and are asked whether it was fixed.
report-filed-no-deadline =
    ✅ Filed as { $ref }; { $handler } handles it.
    Next: staff check it first; you hear of every step here, and are asked whether it was fixed.
report-handler-community = Community staff
report-not-here =
    This is not the community's to handle: { $where }
    It is noted as { $ref }, so that it counts.
report-not-here-call = ☎️ Phone: { $phone }
report-bad-category = That kind is not one of your community's. Please choose one below.
report-too-long = That is too long: please keep it under two thousand characters.
report-mine-none = You have not reported anything yet. Tap “📣 Report a problem” whenever you need to.
report-mine-intro = What you reported or follow (tap one to see how it goes):
report-mine-line = { $status } · { $ref } · { $summary }
report-timeline-head = { $ref } · { $category } · now: { $status }
report-timeline-line = { $when } { $what }
report-event-opened = reported
report-event-status = status: { $status }
report-event-reply = staff wrote: { $text }
report-event-follow = another resident has the same problem
report-event-verdict = a resident's verdict: { $verdict }
report-event-escalation = passed up for supervision
complaint-status-open = filed, to be checked
complaint-status-investigating = being checked
complaint-status-action_scheduled = action scheduled
complaint-status-in_progress = in progress
complaint-status-fixed = fixed
complaint-status-not_responsible = not the community's
complaint-status-duplicate = merged with another
complaint-status-closed = closed
complaint-status-reopened = reopened
case-status-investigating = being checked
case-status-action_scheduled = action scheduled
case-status-in_progress = in progress
case-status-fixed = fixed
case-status-not_responsible = not the community's
case-status-duplicate = merged with another
case-status-reopened = reopened
report-notice-status = 📣 Your report { $ref }: { $status }.
report-notice-note = Staff say: { $note }
report-notice-elsewhere = This belongs to: { $where }
report-notice-duplicate = It was merged with the same problem, { $original }: you will hear of that one's steps.
report-notice-unconfirmed = No verdict came in seven days: it was closed as fixed.
report-notice-escalated = 📣 Your report { $ref } was not fixed twice: it went to the street for supervision.
report-verdict-ask = 📣 Staff say your report { $ref } is fixed. Is it?
button-verdict-fixed = 👍 Fixed
button-verdict-partly = Partly
button-verdict-not_fixed = 👎 Not fixed
report-verdict-rate = How would you rate how it was handled?
report-verdict-reopened = All right: it went back to staff, and you will hear how it goes.
report-verdict-escalated = All right: it was not fixed twice, so it went to the street for supervision.
report-verdict-thanks = Thank you! Write a comment if you like, or tap “Skip”.
report-verdict-comment-thanks = Thank you: your comment went to staff.
report-verdict-once = You have given your verdict on this one already. Thank you.
report-verdict-not-asked = This one needs no verdict now.
verdict-fixed = fixed
verdict-partly = partly fixed
verdict-not_fixed = not fixed
mydata-complaints = Problems you follow: { $count }
`,
};
