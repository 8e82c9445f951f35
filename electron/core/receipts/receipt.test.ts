import { describe, expect, it } from 'vitest';
import { ensureShift, expectError, newId, openSignedInTill, signInAsManager, tempDir, unwrap } from '../test-support/fixtures';

describe('receipts', () => {
  it('prints the restaurant, lines with modifiers, taxes by rate, tenders, change, staff, terminal and the log hash; a reprint says DUPLICATE', async () => {
    const till = await openSignedInTill({ dataDir: await tempDir() });
    await signInAsManager(till);
    const tax = newId();
    unwrap(await till.command({ type: 'SetRestaurantDetails', commandId: newId(), name: 'Trattoria <Bella>', address: '1 Main St', phone: '555-0100', taxId: 'VAT 42', locale: 'en-US', footer: 'Grazie!' }));
    unwrap(await till.command({ type: 'DefineTaxCategory', commandId: newId(), taxCategoryId: tax, name: 'Food', rate: 825 }));
    const menu = unwrap(await till.query({ type: 'GetMenu' }));
    const item = menu.items[0] as { itemId: string; categoryId: string };
    const itemId = newId();
    unwrap(await till.command({ type: 'AddMenuItem', commandId: newId(), itemId, categoryId: item.categoryId, name: 'Lasagne', price: 1600, taxCategoryId: tax }));
    await ensureShift(till);
    const orderId = newId();
    unwrap(await till.command({ type: 'OpenOrder', commandId: newId(), orderId, table: '9' }));
    unwrap(await till.command({ type: 'AddItem', commandId: newId(), orderId, lineId: newId(), itemId, qty: 2 }));
    expectError(await till.command({ type: 'PrintReceipt', commandId: newId(), orderId }), 'IllegalState');
    unwrap(await till.command({ type: 'TakePayment', commandId: newId(), orderId, paymentId: newId(), tender: 'cash', amount: 4000 }));
    const closed = unwrap(await till.command({ type: 'CloseOrder', commandId: newId(), orderId }));

    unwrap(await till.command({ type: 'PrintReceipt', commandId: newId(), orderId }));
    const first = unwrap(await till.query({ type: 'GetReceipt', orderId }));
    expect(first).toMatchObject({ copy: 1, duplicate: false });
    const html = first.html;
    expect(html).toContain('Trattoria &lt;Bella&gt;');
    expect(html).toContain('Receipt T1-1');
    expect(html).toContain('2 × Lasagne');
    expect(html).toContain('Food 8.25 % on $32.00');
    expect(html).toContain('$2.64'); // 3200 × 8.25 % = 264
    expect(html).toContain('$34.64');
    expect(html).toContain('Change');
    expect(html).toContain('$5.36');
    expect(html).toContain('Ana');
    expect(html).toContain('Terminal T1');
    expect(html).not.toContain('DUPLICATE');
    const closingEvent = unwrap(await till.query({ type: 'ListEvents', stream: `order-${orderId}` })).find((e) => e.id === closed.events[0]?.id);
    expect(html).toContain(closingEvent?.hash as string);

    unwrap(await till.command({ type: 'PrintReceipt', commandId: newId(), orderId }));
    const second = unwrap(await till.query({ type: 'GetReceipt', orderId }));
    expect(second).toMatchObject({ copy: 2, duplicate: true });
    expect(second.html).toContain('DUPLICATE (copy 2)');

    // A later price change leaves the receipt as it was (but for the copy mark).
    unwrap(await till.command({ type: 'ChangeItemPrice', commandId: newId(), itemId, price: 9900 }));
    expect(unwrap(await till.query({ type: 'GetReceipt', orderId })).html).toBe(second.html);
    await till.close();
  });
});

describe('kitchen ticket pages', () => {
  it('print the table, station, lines with seat, course, modifiers and note; a void says VOID; a reprint says REPRINT', async () => {
    const till = await openSignedInTill({ dataDir: await tempDir() });
    const itemId = unwrap(await till.query({ type: 'GetMenu' })).items[0]?.itemId as string;
    const orderId = newId();
    const lineId = newId();
    unwrap(await till.command({ type: 'OpenOrder', commandId: newId(), orderId, table: '7 <window>' }));
    unwrap(await till.command({ type: 'AddItem', commandId: newId(), orderId, lineId, itemId, qty: 2, seat: 3, course: 2, note: 'well done' }));
    unwrap(await till.command({ type: 'SendOrder', commandId: newId(), orderId, sendId: newId() }));
    const [ticket] = unwrap(await till.query({ type: 'ListKitchenTickets', orderId }));
    const ticketId = ticket?.ticketId as string;
    unwrap(await till.command({ type: 'PrintKitchenTicket', commandId: newId(), orderId, ticketId }));
    const first = unwrap(await till.query({ type: 'GetKitchenTicket', ticketId }));
    expect(first.printCount).toBe(1);
    expect(first.html).toContain('Table 7 &lt;window&gt;');
    expect(first.html).toContain('2×</span> Margherita');
    expect(first.html).toContain('C2 S3');
    expect(first.html).toContain('! well done');
    expect(first.html).not.toContain('REPRINT');
    unwrap(await till.command({ type: 'PrintKitchenTicket', commandId: newId(), orderId, ticketId }));
    expect(unwrap(await till.query({ type: 'GetKitchenTicket', ticketId })).html).toContain('REPRINT (2)');

    await signInAsManager(till);
    unwrap(await till.command({ type: 'VoidItem', commandId: newId(), orderId, lineId, reason: 'burnt' }));
    const voided = unwrap(await till.query({ type: 'GetKitchenTicket', ticketId: `void:${lineId}` }));
    expect(voided.html).toContain('VOID');
    expect(voided.html).toContain('burnt');
    expectError(await till.query({ type: 'GetKitchenTicket', ticketId: 'nope' }), 'NotFound');
    await till.close();
  });
});
