/**
 * Punjabi pack (Gurmukhi and Shahmukhi) with its frames (`frames-south-asian.ts`): risky
 * sentences written for these tests in new wordings must alert in the right category; innocent
 * ones with the same words (police news, sport, idioms, blessings, chores) must not.
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('Punjabi: risky texts alert', () => {
  expectAlerts('pa', [
    ['ਮੇਰੇ ਦੋਸਤ ਨੇ ਲਿਖਿਆ ਸਾਰੇ ਖੁਸ਼ ਰਹਿਓ, ਹੁਣ ਫੋਨ ਨਹੀਂ ਚੁੱਕ ਰਿਹਾ, ਮੈਨੂੰ ਡਰ ਲੱਗ ਰਿਹਾ', 4, 'suicide-self-harm'],
    ['ਉਹ ਕਹਿੰਦੀ ਮੈਂ ਸਾਰਿਆਂ ਤੇ ਬੋਝ ਹਾਂ, ਕੀ ਕਰਾਂ', 4, 'suicide-self-harm'],
    ['ਉਸ ਕੋਲ ਮੇਰੀ ਵੀਡੀਓ ਹੈ, ਕਹਿੰਦਾ ਪੈਸੇ ਨਾ ਭੇਜੇ ਤਾਂ ਘਰਦਿਆਂ ਨੂੰ ਭੇਜੂ', 4, 'grooming-cse'],
    ['ਪੇਜ ਵਾਲੇ ਕਹਿੰਦੇ ਦੁਸ਼ਮਣਾਂ ਨੂੰ ਸਬਕ ਸਿਖਾਉਣਾ, ਟ੍ਰੇਨਿੰਗ ਹੋਊਗੀ, ਘਰ ਨਾ ਦੱਸੀਂ, ਸਮਾਂ ਆ ਗਿਆ', 4, 'extremism'],
    ['ਕੱਲ੍ਹ ਤੇਰੀਆਂ ਲੱਤਾਂ ਤੋੜ ਦਿਆਂਗੇ', 4, 'weapons-violence'],
    ['ਮੈਂ ਬੈਗ ਵਿੱਚ ਚਾਕੂ ਰੱਖਦਾ ਹਾਂ', 4, 'weapons-violence'],
    ['ਉਹਨੂੰ ਜਿਉਂਦਾ ਨਹੀਂ ਛੱਡਾਂਗਾ', 4, 'weapons-violence'],
    ['ਪਾਪਾ ਬੈਲਟ ਨਾਲ ਕੁੱਟਦੇ ਨੇ, ਪਿੱਠ ਤੇ ਨੀਲੇ ਨਿਸ਼ਾਨ ਨੇ', 4, 'bullying-abuse'],
    ['ਮੈਨੂੰ ਚਿੱਟੇ ਦੀ ਆਦਤ ਪੈ ਗਈ', 3, 'drugs'],
    ['ਸਕੂਲ ਦੇ ਬਾਹਰ ਇੱਕ ਮੁੰਡਾ ਸਸਤੇ ਵਿੱਚ ਨਸ਼ਾ ਵੇਚਦਾ, ਮੈਂ ਵੀ ਪਹਿਲੀ ਵਾਰ ਲਿਆ', 3, 'drugs'],
    ['ਉਹ 24 ਸਾਲ ਦਾ ਹੈ, ਕਹਿੰਦਾ ਘਰਦੇ ਨਹੀਂ ਸਮਝਣਗੇ, ਫੋਟੋ ਭੇਜ', 4, 'grooming-cse'],
    ['ਉਸ ਨੇ ਕਿਹਾ ਅੱਜ ਉਸਦਾ ਕੰਮ ਤਮਾਮ ਕਰਨਾ', 4, 'weapons-violence'],
    ['ਮੈਂ ਆਪਣੀ ਸੁਰੱਖਿਆ ਲਈ ਚਾਕੂ ਲੈ ਕੇ ਜਾਂਦਾ', 4, 'weapons-violence'],
    ['ਮੇਰੀ ਫੇਕ ਨਿਊਡ ਬਣਾਈ, ਕਹਿੰਦਾ ਪੈਸੇ ਨਹੀਂ ਦਿੱਤੇ ਤਾਂ ਸਾਰਿਆਂ ਨੂੰ ਭੇਜੂ', 4, 'grooming-cse'],
    ['ਤੇਰੀ ਖੈਰ ਨਹੀਂ ਹੁਣ', 4, 'weapons-violence'],
  ]);
});

describe('Punjabi: innocent texts stay quiet', () => {
  expectNoAlerts('pa', [
    'ਪੁਲਿਸ ਨੇ ਲੁਧਿਆਣੇ ਵਿੱਚ ਹੈਰੋਇਨ ਸਮੇਤ ਦੋ ਤਸਕਰ ਗ੍ਰਿਫ਼ਤਾਰ ਕੀਤੇ',
    'ਸਰਕਾਰ ਨੇ ਸੱਟੇ ਦੇ ਇਸ਼ਤਿਹਾਰਾਂ ਤੇ ਪਾਬੰਦੀ ਲਾਈ',
    'ਸਾਡੀ ਟੀਮ ਨੇ ਮੂੰਹ ਤੋੜ ਜਵਾਬ ਦਿੱਤਾ',
    'ਜਨਮਦਿਨ ਮੁਬਾਰਕ, ਸਾਰੇ ਖੁਸ਼ ਰਹਿਓ',
    'ਮੰਮੀ ਨੇ ਸਬਜ਼ੀ ਕੱਟਣ ਲਈ ਚਾਕੂ ਮੰਗਿਆ',
    'ਕਬੱਡੀ ਵਿੱਚ ਉਸਦੀ ਲੱਤ ਟੁੱਟ ਗਈ',
    'ਪਾਪਾ ਨੇ ਨਵੀਂ ਬੈਲਟ ਖਰੀਦੀ',
    'ਕੱਲ੍ਹ ਪੇਪਰ ਹੈ, ਡਰ ਲੱਗ ਰਿਹਾ, ਕੀ ਕਰਾਂ',
    'ਚਿੱਟੇ ਕੱਪੜੇ ਪਾ ਕੇ ਗੁਰਦੁਆਰੇ ਗਏ',
    'ਮੈਂ ਪੁਰਾਣੀਆਂ ਕਿਤਾਬਾਂ ਬੱਚਿਆਂ ਵਿੱਚ ਵੰਡ ਦਿੱਤੀਆਂ',
    'ਮੇਰੀ ਵੀਡੀਓ ਦੇਖੋ, ਨਵਾਂ ਗੀਤ ਆਇਆ',
    'ਇਤਿਹਾਸ ਦੀ ਕਲਾਸ ਵਿੱਚ ਕੌਮ ਲਈ ਕੁਰਬਾਨੀ ਬਾਰੇ ਪੜ੍ਹਿਆ',
    'ਉਹ ਛੁੱਟੀਆਂ ਤੇ ਕੈਨੇਡਾ ਚਲੀ ਗਈ',
    'ਸਕੂਲ ਵਿੱਚ ਨਸ਼ਿਆਂ ਵਿਰੁੱਧ ਮੁਹਿੰਮ ਚੱਲੀ',
    'ਦਾਦੀ ਨੇ ਕਿਹਾ ਖੁਸ਼ ਰਹਿ ਪੁੱਤ',
  ]);
});

// dev8 round: couriers, secret meetings, bystanders' bullying reports, blasphemy punishment, hidden
// starving, leaked videos asked for, party drugs, slurs with suffixes, sextortion with a price,
// Tamil sandhi, gang fights; and the innocent senses beside them (written for these tests).
describe('pa: dev8-round frames alert', () => {
  expectAlerts('pa', [
    ['ਆਹ ਪੈਕਟ ਬਸਤੇ ਵਿੱਚ ਰੱਖ ਕੇ ਸ਼ਹਿਰ ਵਾਲੇ ਬੰਦੇ ਨੂੰ ਦੇ ਆਈਂ, ਤੇਰਾ ਹਿੱਸਾ ਮਿਲੂ, ਮੂੰਹ ਬੰਦ ਰੱਖੀਂ', 4, 'grooming-cse'],
    ['ਛੁੱਟੀ ਤੋਂ ਬਾਅਦ ਮੈਂ ਗੱਡੀ ਲੈ ਕੇ ਬਾਹਰ ਉਡੀਕਾਂਗਾ, ਫੋਨ ਘਰ ਛੱਡ ਦੇਈਂ ਤੇ ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸੀਂ', 4, 'grooming-cse'],
    ['ਸਾਰੇ ਮੁੰਡੇ ਉਹਨੂੰ ਮੋਟੂ ਕਹਿ ਕੇ ਛੇੜਦੇ ਨੇ ਤੇ ਵੀਡੀਓ ਬਣਾ ਕੇ ਗਰੁੱਪ ਵਿੱਚ ਪਾਉਂਦੇ ਨੇ', 3, 'bullying-abuse'],
    ['ਬੇਅਦਬੀ ਕਰਨ ਵਾਲਿਆਂ ਨੂੰ ਸੋਧਾ ਲਾਉਣਾ ਹੀ ਪੈਣਾ', 4, 'extremism'],
  ]);
});

describe('pa: dev8-round innocent senses stay quiet', () => {
  expectNoAlerts('pa', [
    'ਮੰਮੀ ਨੇ ਕਿਹਾ ਆਹ ਸਮਾਨ ਨਾਨੀ ਨੂੰ ਦੇ ਆਈਂ, ਰਸਤੇ ਚ ਨਾ ਰੁਕੀਂ',
    'ਅਧਿਆਪਕ ਨੇ ਕਿਹਾ ਲੇਖ ਨੂੰ ਸੋਧਣਾ ਪੈਣਾ, ਗਲਤੀਆਂ ਬਹੁਤ ਨੇ',
    'ਸਾਰੀ ਕਲਾਸ ਨੇ ਰਲ ਕੇ ਮੈਡਮ ਲਈ ਵੀਡੀਓ ਬਣਾ ਕੇ ਭੇਜੀ',
  ]);
});
