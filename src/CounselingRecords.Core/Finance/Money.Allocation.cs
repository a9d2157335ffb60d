using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace CounselingRecords.Finance;

/// <content>Allocation and splitting by the largest-remainder method.</content>
public readonly partial struct Money
{
    private const int StackLimit = 64;
    private const int InsertionSortLimit = 32;

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
        var count = ratios.Length;
        Span<decimal> whole = count <= StackLimit ? stackalloc decimal[count] : new decimal[count];
        Span<decimal> remainder = count <= StackLimit ? stackalloc decimal[count] : new decimal[count];
        var assigned = 0m;
        for (var i = 0; i < count; i++)
        {
            var exact = magnitude * ratios[i] / total;
            whole[i] = decimal.Truncate(exact);
            remainder[i] = exact - whole[i];
            assigned += whole[i];
        }

        // Fewer minor units are left over than there are parts. They go one each to the largest remainders;
        // equal remainders keep their original order (a stable sort of the indexes).
        var left = (int)(magnitude - assigned);
        if (left > 0)
        {
            Span<int> order = count <= StackLimit ? stackalloc int[count] : new int[count];
            for (var i = 0; i < count; i++)
            {
                order[i] = i;
            }

            SortByRemainderDescending(order, remainder);
            for (var k = 0; k < left; k++)
            {
                whole[order[k]] += 1m;
            }
        }

        var parts = new Money[count];
        var unit = sign * currency.MinorUnitAmount;
        for (var i = 0; i < count; i++)
        {
            parts[i] = new Money(whole[i] * unit, currency);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(parts);
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
        var result = new Money[parts];
        for (var i = 0; i < parts; i++)
        {
            result[i] = FromMinorUnits(sign * (baseShare + (i < extra ? 1 : 0)), currency);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    private static void SortByRemainderDescending(Span<int> order, ReadOnlySpan<decimal> remainder)
    {
        if (order.Length <= InsertionSortLimit)
        {
            // Insertion sort is stable and fastest for the few parts a bill is usually split into.
            for (var i = 1; i < order.Length; i++)
            {
                var current = order[i];
                var j = i - 1;
                while (j >= 0 && remainder[order[j]] < remainder[current])
                {
                    order[j + 1] = order[j];
                    j--;
                }

                order[j + 1] = current;
            }

            return;
        }

        var keys = order.ToArray();
        var values = remainder.ToArray();
        Array.Sort(keys, (a, b) =>
        {
            var byRemainder = values[b].CompareTo(values[a]);
            return byRemainder != 0 ? byRemainder : a.CompareTo(b);
        });
        keys.CopyTo(order);
    }
}
