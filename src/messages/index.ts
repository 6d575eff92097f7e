export { send, sendToTab, serve, MessageError, type Handlers } from './bus';
export { protocol, type MessageName, type PageReport, type AssessedPost, type Sender } from './protocol';
