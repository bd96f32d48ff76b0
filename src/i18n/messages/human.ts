// Words of talking to a person (转人工), as residents read them. Fluent syntax: https://projectfluent.org/fluent/guide/
// Both languages side by side; test/node/i18n.test.ts checks that every key used exists in both.
export default {
  zh: `
menu-human = 🙋 找人工
command-human = 找社区工作人员
command-mycases = 我的事项
human-choose-community = 先选择您所在的社区，我好把您转给那里的工作人员。
human-needs-consent = 您写给工作人员的话会保存在这件事项里，由工作人员处理。请先看一下隐私说明：
human-opened-now = 好的，已为您转给{ $community }的工作人员（编号 { $ref }）。他们会在这里回复您，您可以继续留言。
human-opened-later = 好的，已为您记下（编号 { $ref }）。{ $community }办公室现在下班了，{ $day } { $time } 上班后工作人员会在这里回复您。您可以先留言。
human-opened-unknown = 好的，已为您记下（编号 { $ref }）。{ $community }的工作人员上班后会在这里回复您。您可以先留言。
human-already = 您正在和{ $community }的工作人员对话（编号 { $ref }），请直接留言。
human-back = 已回到对话 { $ref }，请直接留言。
human-receipt = 收到，工作人员会在这里回复您。
human-ended = 对话已结束。您随时可以再点“🙋 找人工”。
human-reply = 💬 { $staff }：{ $text }
human-reply-media = 💬 { $staff } 发来：
human-rate = 对话 { $ref } 已结束。请为这次服务打个分：
human-rated = 谢谢您的评价！想说点什么可以直接写，不写请点“跳过”。
human-rated-once = 这次对话已经评价过了，谢谢。
human-comment-thanks = 谢谢，您的意见已转给工作人员。
human-nothing-open = 您现在没有进行中的事项。
human-open-list = 您进行中的事项，点一下回到那里：
human-case-line = { $ref } · { $summary }
button-human-end = 结束对话
button-human-ask = 🙋 问问工作人员
button-rate-1 = ⭐ 1
button-rate-2 = ⭐ 2
button-rate-3 = ⭐ 3
button-rate-4 = ⭐ 4
button-rate-5 = ⭐ 5
button-rate-skip = 跳过
case-status-open = 等待回复
case-status-answered = 已回复
case-status-closed = 已结束
human-summary-none = （居民请求人工服务）
human-summary-service = （咨询：{ $service }）
`,
  en: `
menu-human = 🙋 Talk to a person
command-human = Talk to community staff
command-mycases = My cases
human-choose-community = First choose your community, so that I can pass you to its staff.
human-needs-consent = What you write to the staff is kept with your request for them to handle. Please read the privacy notice first:
human-opened-now = Done: { $community }'s staff have your request (reference { $ref }). They will answer here; you can keep writing.
human-opened-later = Noted (reference { $ref }). { $community }'s office is closed now; staff will answer here after it opens on { $day } at { $time }. You can leave your message now.
human-opened-unknown = Noted (reference { $ref }). { $community }'s staff will answer here once they are in. You can leave your message now.
human-already = You are talking to { $community }'s staff (reference { $ref }); just write here.
human-back = Back in conversation { $ref }; just write here.
human-receipt = Got it: staff will answer here.
human-ended = The conversation has ended. Tap “🙋 Talk to a person” whenever you need to.
human-reply = 💬 { $staff }: { $text }
human-reply-media = 💬 { $staff } sent:
human-rate = Conversation { $ref } has ended. How was the service?
human-rated = Thank you! If you'd like to say more, write it now, or tap “Skip”.
human-rated-once = You have already rated this conversation, thank you.
human-comment-thanks = Thank you, your comment has been passed to the staff.
human-nothing-open = You have nothing open at the moment.
human-open-list = What you have open; tap one to go back to it:
human-case-line = { $ref } · { $summary }
button-human-end = End conversation
button-human-ask = 🙋 Ask a person about this
button-rate-1 = ⭐ 1
button-rate-2 = ⭐ 2
button-rate-3 = ⭐ 3
button-rate-4 = ⭐ 4
button-rate-5 = ⭐ 5
button-rate-skip = Skip
case-status-open = waiting for an answer
case-status-answered = answered
case-status-closed = closed
human-summary-none = (the resident asked for a person)
human-summary-service = (asking about: { $service })
`,
};
