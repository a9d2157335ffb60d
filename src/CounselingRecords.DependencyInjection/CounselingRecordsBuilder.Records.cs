using CounselingRecords.Access;
using CounselingRecords.Records.AccessControl;
using CounselingRecords.Records.Retention;
using CounselingRecords.Records.Signing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CounselingRecords;

/// <content>Settings of the clinical records area (<c>CounselingRecords.Records</c>).</content>
public sealed partial class CounselingRecordsBuilder
{
    /// <summary>
    /// Uses the practice's documentation policy: how soon a session note is due and how long a late signature is
    /// accepted (default: <see cref="DocumentationPolicy.Default"/>, 72 hours and 45 days).
    /// </summary>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    public CounselingRecordsBuilder UseDocumentationPolicy(DocumentationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Services.Replace(ServiceDescriptor.Singleton(policy));
        return this;
    }

    /// <summary>
    /// Registers the practice's record retention policy (for example <see cref="RetentionPresets.TexasLpc"/>). There
    /// is no default: how long records are kept depends on the practice's jurisdiction and licences.
    /// </summary>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    public CounselingRecordsBuilder UseRetentionPolicy(RetentionPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Services.Replace(ServiceDescriptor.Singleton(policy));
        return this;
    }

    /// <summary>
    /// Uses a host's access policy for clinical records in <see cref="RecordAccessService"/> (default:
    /// <see cref="ClinicalRecordAccessPolicy.Instance"/>, the library's rules).
    /// </summary>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    public CounselingRecordsBuilder UseRecordAccessPolicy(IAccessPolicy<RecordAccessFacts> policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Services.Replace(ServiceDescriptor.Singleton(policy));
        return this;
    }
}
