namespace CounselingRecords.Billing.Coding;

/// <summary>
/// The unit table for codes defined per 15 minutes, the CMS "8-minute rule" of Pub. 100-04 Ch. 5 §20.2 (R1.14):
/// 0 units under 8 minutes, 1 unit for 8–22, 2 for 23–37, 3 for 38–52, … and the pattern continues above two
/// hours. With several timed services on one day the total minutes set the unit count
/// (<see cref="Distribute"/>). It never applies to 90832–90838.
/// </summary>
public sealed class TimedUnitTable
{
    /// <summary>Initializes a new instance of the <see cref="TimedUnitTable"/> class.</summary>
    /// <param name="minutesPerUnit">The unit length, 15 for the CMS table.</param>
    /// <param name="minimumMinutesForFirstUnit">The minutes that earn the first unit, 8 for the CMS table.</param>
    public TimedUnitTable(int minutesPerUnit, int minimumMinutesForFirstUnit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minutesPerUnit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumMinutesForFirstUnit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minimumMinutesForFirstUnit, minutesPerUnit);
        MinutesPerUnit = minutesPerUnit;
        MinimumMinutesForFirstUnit = minimumMinutesForFirstUnit;
    }

    /// <summary>Gets the CMS table: 15-minute units, first unit at 8 minutes (R1.14).</summary>
    public static TimedUnitTable Cms { get; } = new(15, 8);

    /// <summary>Gets the unit length in minutes.</summary>
    public int MinutesPerUnit { get; }

    /// <summary>Gets the minutes that earn the first unit; unit <c>n</c> starts at <c>(n − 1) × MinutesPerUnit + MinimumMinutesForFirstUnit</c>.</summary>
    public int MinimumMinutesForFirstUnit { get; }

    /// <summary>Returns the units for the given total minutes.</summary>
    /// <param name="minutes">Total timed minutes, not negative.</param>
    /// <returns>The units (0 under the first-unit minimum).</returns>
    public int UnitsFor(int minutes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minutes);
        return minutes < MinimumMinutesForFirstUnit ? 0 : ((minutes - MinimumMinutesForFirstUnit) / MinutesPerUnit) + 1;
    }

    /// <summary>Returns the first minute that earns <paramref name="units"/> units (8 for 1, 23 for 2, 38 for 3, …).</summary>
    /// <param name="units">The units, at least 1.</param>
    /// <returns>The minimum minutes.</returns>
    public int MinimumMinutesFor(int units)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(units, 1);
        return ((units - 1) * MinutesPerUnit) + MinimumMinutesForFirstUnit;
    }

    /// <summary>
    /// Distributes units across several timed services on one day by the total-time rule (R1.14): the total of
    /// all minutes sets the unit count; each service first gets its whole units, and the units left over go one
    /// each to the services with the most remaining minutes (ties to the service with more minutes in total,
    /// then the earlier one). So two services of 7 minutes or less that together reach 8 minutes bill one unit,
    /// to the service with more minutes. Allocates nothing.
    /// </summary>
    /// <param name="minutes">The minutes of each service, none negative; at most 64 services.</param>
    /// <param name="units">Receives the units of each service; as long as <paramref name="minutes"/>.</param>
    /// <returns>The total units.</returns>
    public int Distribute(ReadOnlySpan<int> minutes, Span<int> units)
    {
        if (units.Length < minutes.Length)
        {
            throw new ArgumentException("The units span must be as long as the minutes span.", nameof(units));
        }

        if (minutes.Length > 64)
        {
            throw new ArgumentException("At most 64 timed services can be distributed in one call.", nameof(minutes));
        }

        var total = 0;
        var whole = 0;
        for (var i = 0; i < minutes.Length; i++)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(minutes[i], nameof(minutes));
            total += minutes[i];
            units[i] = minutes[i] / MinutesPerUnit;
            whole += units[i];
        }

        var totalUnits = UnitsFor(total);
        var left = totalUnits - whole;
        var given = 0UL;
        while (left > 0)
        {
            var best = -1;
            for (var i = 0; i < minutes.Length; i++)
            {
                if ((given & (1UL << i)) != 0)
                {
                    continue;
                }

                if (best < 0 || IsBetter(minutes, i, best))
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                break;
            }

            units[best]++;
            given |= 1UL << best;
            left--;
        }

        return totalUnits;
    }

    private bool IsBetter(ReadOnlySpan<int> minutes, int candidate, int best)
    {
        var candidateRemainder = minutes[candidate] % MinutesPerUnit;
        var bestRemainder = minutes[best] % MinutesPerUnit;
        if (candidateRemainder != bestRemainder)
        {
            return candidateRemainder > bestRemainder;
        }

        return minutes[candidate] > minutes[best];
    }
}
