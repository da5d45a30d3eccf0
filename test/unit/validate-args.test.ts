import 'reflect-metadata';
import { IsInt, IsPositive, MaxLength, Min, validate } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { validateArgs } from '../../server/src/graphql/validate-args';

/** The argument check with class-validator's rules remembered per class: the same refusals as without. */
class Paged {
  @IsInt()
  @Min(1)
  first: number = 50;
}

class Searched extends Paged {
  @MaxLength(3)
  term: string = '';
}

const refusedProperties = async (value: object): Promise<string[]> => {
  try {
    await validateArgs(value, Object, {} as never);
    return [];
  } catch (err) {
    expect(err).toBeInstanceOf(ArgumentValidationError);
    return (err as ArgumentValidationError).extensions.validationErrors.map((e) => e.property).sort();
  }
};

const searched = (first: number, term: string) => Object.assign(new Searched(), { first, term });

describe('validateArgs', () => {
  it("applies a class's own rules and those it inherits, each time it is asked", async () => {
    for (let round = 0; round < 3; round += 1) {
      expect(await refusedProperties(searched(10, 'abc'))).toEqual([]);
      expect(await refusedProperties(searched(0, 'abc'))).toEqual(['first']);
      expect(await refusedProperties(searched(0, 'abcd'))).toEqual(['first', 'term']);
      expect(await refusedProperties(Object.assign(new Paged(), { first: 1.5 }))).toEqual(['first']);
    }
  });

  it('checks each object of a list', async () => {
    expect(await refusedProperties([searched(1, 'a'), searched(1, 'long')])).toEqual(['term']);
  });

  it('takes a rule registered after the first check into account', async () => {
    class Late {
      @IsInt()
      n: number = 0;
    }
    const late = Object.assign(new Late(), { n: -1 });
    expect(await refusedProperties(late)).toEqual([]);
    IsPositive()(Late.prototype, 'n');
    expect(await refusedProperties(late)).toEqual(['n']);
  });

  it('refuses exactly what class-validator refuses by itself', async () => {
    const value = searched(-3, 'abcdef');
    const direct = (await validate(value, { forbidUnknownValues: true, skipMissingProperties: true })).map((e) => [e.property, Object.keys(e.constraints ?? {}).sort()]);
    let remembered: unknown[] = [];
    try {
      await validateArgs(value, Object, {} as never);
    } catch (err) {
      remembered = (err as ArgumentValidationError).extensions.validationErrors.map((e) => [e.property, Object.keys(e.constraints ?? {}).sort()]);
    }
    expect(remembered).toEqual(direct);
    expect(direct.length).toBe(2);
  });
});
