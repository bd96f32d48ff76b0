// Words of the answers to conversation words: thanks, OK, no, hello, goodbye, wanting a person, agreeing
// again. Fluent syntax: https://projectfluent.org/fluent/guide/
// Both languages side by side; test/node/i18n.test.ts checks that every key used exists in both.
export default {
  zh: `
words-thanks = 不客气！还有什么要办的，直接打字说，或者点下方菜单。
words-yes = 好的。还有什么要办的，直接打字说，或者点下方菜单。
words-no = 好的。需要的时候随时找我。
words-hello = 您好！我是“邻里”。想办什么事，直接打字说，比如“高龄津贴”“身份证丢了”；也可以点下方菜单。
words-bye = 再见！需要的时候随时来找我。
words-person = 想找工作人员说说？现在请直接打电话，他们会帮您。
words-agree-already = 您已经同意过隐私说明了，不用再点。想改的话，在“⚙️ 设置”里。
words-disagree-already = 好的。隐私选择随时可以在“⚙️ 设置”里改。
`,
  en: `
words-thanks = You're welcome! Anything else, just type it or tap the menu below.
words-yes = All right. Anything else, just type it or tap the menu below.
words-no = All right. I'm here whenever you need me.
words-hello = Hello! I'm linli. Type what you need, such as "old-age allowance" or "I lost my ID card", or tap the menu below.
words-bye = Goodbye! I'm here whenever you need me.
words-person = Want to talk to someone? For now, please call: they will help you.
words-agree-already = You have already agreed to the privacy notice. To change it, go to "⚙️ Settings".
words-disagree-already = All right. You can change your privacy choice any time in "⚙️ Settings".
`,
};
