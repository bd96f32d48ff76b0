// Words of the web chat page's own words (its frame around the conversation). Fluent syntax: https://projectfluent.org/fluent/guide/
// Both languages side by side; test/node/i18n.test.ts checks that every key used exists in both.
export default {
  zh: `
chat-title = 邻里 · 社区服务助手
chat-placeholder = 输入消息…
chat-send = 发送
chat-offline = 网络有问题，消息没有发出，请重试。
chat-restart = 重新开始
chat-input-label = 消息
chat-menu-label = 快捷菜单
chat-map-link = 在地图上查看
photo-too-large = 照片太大了（最大 5 MB），请换一张或重新拍。
photo-not-an-image = 这不是照片，只能发送 JPEG、PNG 或 WebP 图片。
photo-no-store = 这里暂时不能发送照片。
chat-photo = 📷 照片
chat-file = 文件
`,
  en: `
chat-title = linli · community service assistant
chat-placeholder = Type a message…
chat-send = Send
chat-offline = Network problem: the message was not sent. Please try again.
chat-restart = Start again
chat-input-label = Message
chat-menu-label = Quick menu
chat-map-link = View on the map
photo-too-large = That photo is too large (5 MB at most); please choose another or take it again.
photo-not-an-image = That is not a photo: only JPEG, PNG or WebP pictures can be sent.
photo-no-store = Photos cannot be sent here for now.
chat-photo = 📷 Photo
chat-file = File
`,
};
