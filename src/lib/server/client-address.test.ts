import { afterEach, describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

afterEach(() => {
	delete process.env.ADDRESS_HEADER;
	delete process.env.XFF_DEPTH;
});

describe('clientAddress', () => {
	it('is the connection address without proxy settings, whatever headers say', () => {
		expect(clientAddress({ 'x-forwarded-for': '6.6.6.6' }, '::ffff:10.1.2.3')).toBe('10.1.2.3');
		expect(clientAddress({}, undefined)).toBe('unknown');
	});

	it('follows ADDRESS_HEADER and XFF_DEPTH as adapter-node does', () => {
		process.env.ADDRESS_HEADER = 'X-Forwarded-For';
		expect(clientAddress({ 'x-forwarded-for': '1.1.1.1, 2.2.2.2' }, '127.0.0.1')).toBe('2.2.2.2');
		process.env.XFF_DEPTH = '2';
		expect(clientAddress({ 'x-forwarded-for': '1.1.1.1, 2.2.2.2' }, '127.0.0.1')).toBe('1.1.1.1');
		// Too few entries or none: the proxy's own address, never an error.
		expect(clientAddress({ 'x-forwarded-for': '2.2.2.2' }, '127.0.0.1')).toBe('127.0.0.1');
		expect(clientAddress({}, '127.0.0.1')).toBe('127.0.0.1');
		process.env.ADDRESS_HEADER = 'cf-connecting-ip';
		expect(clientAddress({ 'cf-connecting-ip': '3.3.3.3' }, '127.0.0.1')).toBe('3.3.3.3');
	});

	it('counts an IPv6 address by its /64, so one router cannot rotate through addresses', () => {
		expect(clientAddress({}, '2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
		expect(clientAddress({}, '2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
		expect(clientAddress({}, '::1')).toBe('0:0:0:0::/64');
	});
});
