import { senderService } from '@/lib/letters/sender-service';

describe('senderService', () => {
  it.each([
    ['mailfence', { id: 'mailfence', name: 'Mailfence', domain: 'mailfence.com' }],
    ['proton', { id: 'proton', name: 'Proton Mail', domain: 'proton.me' }],
    ['  Proton Mail ', { id: 'proton', name: 'Proton Mail', domain: 'proton.me' }],
    ['tutanota.com', { id: 'tuta', name: 'Tuta', domain: 'tuta.com' }],
    ['Posteo', { id: 'posteo', name: 'Posteo', domain: 'posteo.de' }],
    ['  My Company Mail ', { id: null, name: 'My Company Mail', domain: null }],
    ['<b>Evil</b>', { id: null, name: '<b>Evil</b>', domain: null }],
  ])('reads %p as %p', (typed, expected) => {
    expect(senderService(typed)).toEqual(expected);
  });
});
