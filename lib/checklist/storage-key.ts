/**
 * The one localStorage key the page writes: the complaints this browser remembers, as JSON. A
 * module of its own so that the first load can look for it without loading the store.
 */
export const complaintsKey = 'unblock-mail.complaints';
