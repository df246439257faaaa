// The client built from '@motcua/sdk/core' (what the widgets import) checks only the answers
// registered with useAnswers: each widget registers those of the operations it calls, so its
// bundle carries no other operation's schema. This page imports only the core entry: nothing else
// registers anything here.
import { expect } from '@open-wc/testing';
import { ContractError, createClient, useAnswers } from '../src/client-core.js';
import { defs, operations, responseSchemas } from '../src/client/contract.generated.js';
import { allAnswers } from '../src/client/answers/all.js';
import { listProvinces } from '../src/client/answers/listProvinces.js';
import { listFields } from '../src/client/answers/listFields.js';
import { scenario } from './support/helpers.js';

describe('answers registered per operation (@motcua/sdk/core)', () => {
  it('one module per public operation, each the same entry and answer schema as the generated table, with the named types it uses', () => {
    expect(allAnswers.map((a) => a.op).sort()).to.deep.equal(Object.keys(operations).sort());
    for (const answer of allAnswers) {
      const { op, schema, defs: used, ...entry } = answer;
      expect(entry, op).to.deep.equal(operations[op]);
      expect(used, op).to.be.an('object');
      expect(schema, op).to.equal(responseSchemas[op]);
      for (const [, name] of answer.schema.matchAll(/@([\w$.-]+)/g)) expect(answer.defs[name!], `${answer.op} @${name}`).to.equal(defs[name!]);
      for (const [name, body] of Object.entries(answer.defs)) expect(body, `${answer.op} @${name}`).to.equal(defs[name]);
    }
  });

  it('an operation nobody registered fails with an error naming it and what to import, not silently unchecked', async () => {
    const s = await scenario('answers-unregistered');
    const client = createClient({ baseUrl: s.baseUrl, cache: false, retries: 0 });
    const error = await client.listProvinces().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(TypeError);
    expect((error as Error).message).to.contain('listProvinces').and.to.contain('@motcua/sdk/answers/listProvinces');
    expect(() => client.url('listProvinces')).to.throw(TypeError, 'listProvinces');
  });

  it('once registered, answers are checked: a conforming answer passes, a drifted one is a ContractError', async () => {
    useAnswers(listProvinces, listFields);
    const s = await scenario('answers-registered');
    const client = createClient({ baseUrl: s.baseUrl, cache: false, retries: 0 });
    const provinces = await client.listProvinces();
    expect(provinces.items.length).to.be.greaterThan(0);
    await s.faults({ type: 'mutate', path: 'items.0.procedureCount', value: 'many' });
    const error = await client.listFields().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(ContractError);
    expect((error as ContractError).path).to.equal('items[0].procedureCount');
  });
});
