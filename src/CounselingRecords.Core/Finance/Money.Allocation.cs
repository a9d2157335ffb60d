using System.Collections.Immutable;

namespace CounselingRecords.Finance;

/// <content>Allocation and splitting by the largest-remainder method.</content>
public readonly partial struct Money
{
    /// <summary>
    /// Splits this amount into parts proportional to <paramref name="ratios"/>, by the largest-remainder
    /// method at the currency's minor unit: each part gets the whole minor units of its exact share, and the
    /// minor units left over go one each to the parts with the largest fractional remainders (ties to the
    /// earlier part). The parts always add up exactly to this amount; for a non-negative amount no part is
    /// negative; a zero ratio always gets zero.
    /// </summary>
    /// <param name="ratios">Non-negative ratios, at least one of them positive.</param>
    /// <returns>One part per ratio, in order.</returns>
    /// <exception cref="ArgumentException">The ratios are empty, negative or all zero, or the amount is not rounded to the minor unit.</exception>
    public ImmutableArray<Money> Allocate(ReadOnlySpan<decimal> ratios)
    {
        if (ratios.IsEmpty)
        {
            throw new ArgumentException("At least one ratio is needed.", nameof(ratios));
        }

        var total = 0m;
        foreach (var ratio in ratios)
        {
            if (ratio < 0m)
            {
                throw new ArgumentException("Ratios cannot be negative.", nameof(ratios));
            }

            total += ratio;
        }

        if (total == 0m)
        {
            throw new ArgumentException("At least one ratio must be positive.", nameof(ratios));
        }

        if (!IsRoundedToMinorUnit)
        {
            throw new ArgumentException("Only an amount rounded to the minor unit can be allocated without losing or inventing a fraction; round it first.", nameof(ratios));
        }

        var currency = Currency;
        var units = MinorUnits;
        var sign = Math.Sign(units);
        var magnitude = Math.Abs((decimal)units);
        var whole = new decimal[ratios.Length];
        var remainder = new decimal[ratios.Length];
        var assigned = 0m;
        for (var i = 0; i < ratios.Length; i++)
        {
            var exact = magnitude * ratios[i] / total;
            whole[i] = decimal.Truncate(exact);
            remainder[i] = exact - whole[i];
            assigned += whole[i];
        }

        var left = magnitude - assigned;
        if (left > 0m)
        {
            var order = new int[ratios.Length];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            // Largest remainder first; equal remainders keep their original order (stable sort by index).
            Array.Sort(order, (a, b) =>
            {
                var byRemainder = remainder[b].CompareTo(remainder[a]);
                return byRemainder != 0 ? byRemainder : a.CompareTo(b);
            });
            for (var k = 0; left > 0m; k++)
            {
                whole[order[k]] += 1m;
                left -= 1m;
            }
        }

        var builder = ImmutableArray.CreateBuilder<Money>(ratios.Length);
        var factor = Currency.MinorUnitFactor(currency.MinorUnits);
        foreach (var part in whole)
        {
            builder.Add(new Money(sign * part / factor, currency));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>Splits this amount into parts proportional to <paramref name="ratios"/>; see <see cref="Allocate(ReadOnlySpan{decimal})"/>.</summary>
    /// <param name="ratios">Non-negative ratios, at least one of them positive.</param>
    /// <returns>One part per ratio, in order.</returns>
    public ImmutableArray<Money> Allocate(IEnumerable<decimal> ratios)
    {
        ArgumentNullException.ThrowIfNull(ratios);
        return Allocate(ratios.ToArray().AsSpan());
    }

    /// <summary>
    /// Splits this amount into <paramref name="parts"/> parts that differ by at most one minor unit and add up
    /// exactly to this amount; the extra minor units go to the first parts.
    /// </summary>
    /// <param name="parts">The number of parts, at least one.</param>
    /// <returns>The parts.</returns>
    public ImmutableArray<Money> Split(int parts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        if (!IsRoundedToMinorUnit)
        {
            throw new ArgumentException("Only an amount rounded to the minor unit can be split without losing or inventing a fraction; round it first.", nameof(parts));
        }

        var currency = Currency;
        var units = MinorUnits;
        var sign = Math.Sign(units);
        var magnitude = Math.Abs(units);
        var baseShare = magnitude / parts;
        var extra = magnitude % parts;
        var builder = ImmutableArray.CreateBuilder<Money>(parts);
        for (var i = 0; i < parts; i++)
        {
            builder.Add(FromMinorUnits(sign * (baseShare + (i < extra ? 1 : 0)), currency));
        }

        return builder.MoveToImmutable();
    }
}
