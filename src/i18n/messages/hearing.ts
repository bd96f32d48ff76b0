// Words of hearings (听证会) as residents read them: the invitation with its Yes / No, the reminder the
// day before, and the outcome. Fluent syntax; both languages side by side (test/node/i18n.test.ts).
export default {
  zh: `
hearing-invite =
    📢 听证会邀请
    您反映过的“{ $category }”问题，{ $community }将召开听证会，听听大家的意见。
    🗓 时间：{ $when }
    📍 地点：{ $place }
    📝 议题：{ $topic }
    您来参加吗？
hearing-remind =
    ⏰ 提醒：明天召开听证会
    🗓 时间：{ $when }
    📍 地点：{ $place }
    📝 议题：{ $topic }
hearing-outcome =
    📢 听证会结果
    议题：{ $topic }
    { $outcome }
    谢谢您的参与！
button-hearing-yes = ✅ 我来参加
button-hearing-no = ❌ 来不了
hearing-answer-yes = 好的，已记下您会来。开会前一天会再提醒您。
hearing-answer-no = 好的，已记下您来不了。会议结果会发给您。
hearing-answer-over = 这次听证会已经开过或取消了，不能再回复了。
hearing-answer-unknown = 没有找到这次听证会的邀请。
`,
  en: `
hearing-invite =
    📢 Invitation to a hearing
    { $community } holds a hearing on "{ $category }", which you reported, to hear everyone's views.
    🗓 When: { $when }
    📍 Where: { $place }
    📝 Topic: { $topic }
    Will you come?
hearing-remind =
    ⏰ Reminder: the hearing is tomorrow
    🗓 When: { $when }
    📍 Where: { $place }
    📝 Topic: { $topic }
hearing-outcome =
    📢 The hearing's outcome
    Topic: { $topic }
    { $outcome }
    Thank you for taking part!
button-hearing-yes = ✅ I will come
button-hearing-no = ❌ I can't come
hearing-answer-yes = Thank you, you are on the list. We will remind you the day before.
hearing-answer-no = Noted, you can't come. We will send you the outcome.
hearing-answer-over = This hearing has been held or cancelled; it takes no more answers.
hearing-answer-unknown = No invitation to this hearing was found.
`,
};
