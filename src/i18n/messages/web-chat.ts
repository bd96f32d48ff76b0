// Words of the web chat page's own words (its frame around the conversation). Fluent syntax: https://projectfluent.org/fluent/guide/
// Both languages side by side; test/node/i18n.test.ts checks that every key used exists in both.
export default {
  zh: `
chat-title = 邻里 · 社区服务助手
chat-placeholder = 输入消息…
chat-send = 发送
chat-offline = 网络有问题，消息没有发出，请重试。
chat-too-fast = 您发得太快了，我们看不过来。请稍等一会儿再发。
chat-busy = 系统正忙，正在自动重试，请稍等…
chat-restart = 重新开始
chat-input-label = 消息
chat-menu-label = 快捷菜单
chat-restart-confirm = 要清空这一页的聊天记录、重新开始吗？您的设置不会丢。
chat-restart-yes = 重新开始
chat-restart-no = 取消
chat-map-geo = 🧭 用手机地图打开
chat-map-amap = 🗺 在高德地图上看
chat-map-baidu = 🗺 在百度地图上看
photo-too-large = 照片太大了，请换一张小一点的，或者重新拍一张。
photo-not-an-image = 这不是照片，请发一张照片。
photo-no-store = 这里暂时不能发送照片。
chat-photo = 📷 照片
chat-no-location = 没能取到您的位置。请在浏览器里允许使用位置，或者直接写地方。
chat-file = 文件
`,
  en: `
chat-title = linli · community service assistant
chat-placeholder = Type a message…
chat-send = Send
chat-offline = Network problem: the message was not sent. Please try again.
chat-too-fast = You are sending faster than we can read. Please wait a moment before sending more.
chat-busy = We are busy for a moment; trying again by itself, please wait…
chat-restart = Start again
chat-input-label = Message
chat-menu-label = Quick menu
chat-restart-confirm = Clear this page's conversation and start again? Your settings stay as they are.
chat-restart-yes = Start again
chat-restart-no = Cancel
chat-map-geo = 🧭 Open in my phone's map
chat-map-amap = 🗺 View on Amap
chat-map-baidu = 🗺 View on Baidu Maps
photo-too-large = That photo is too large (5 MB at most); please choose another or take it again.
photo-not-an-image = That is not a photo: only JPEG, PNG or WebP pictures can be sent.
photo-no-store = Photos cannot be sent here for now.
chat-photo = 📷 Photo
chat-no-location = Your location could not be found. Allow it in the browser, or type the place.
chat-file = File
`,
};
