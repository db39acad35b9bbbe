#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// The example values of each provider's API page, as --param arguments.
namespace SeedExamples {

inline QStringList params(const QString& provider)
{
    static const QMap<QString, QStringList> examples{
        {QStringLiteral("volcengine"),
         {QStringLiteral("DirectConnectConnectionId=dcc-8njk2nl32bd232b****"), QStringLiteral("Period=1"),
          QStringLiteral("PeriodUnit=Month")}},
        {QStringLiteral("aliyun"),
         {QStringLiteral("RegionId=cn-hangzhou"), QStringLiteral("PhysicalConnectionId=pc-bp1hp0wr072f6****"),
          QStringLiteral("Period=1"), QStringLiteral("PricingCycle=Month"),
          QStringLiteral("InstanceChargeType=PrePaid"), QStringLiteral("AutoPay=false"),
          QStringLiteral("ClientToken=CBCE910E-D396-4944")}},
        {QStringLiteral("unicloud"),
         {QStringLiteral("azoneId=cn-tianjin-yfb1"), QStringLiteral("componentCode=nas.onestor"),
          QStringLiteral("dataEncryption=0"), QStringLiteral("instanceName=sdf"),
          QStringLiteral("orderCategory=NEW"), QStringLiteral("payType=DAY_MONTH_USAGE"),
          QStringLiteral("projectId=rg-k0n2gf8ew1pd"), QStringLiteral("regionId=cn-tianjin-yfb"),
          QStringLiteral("renewType=manualrenew"), QStringLiteral("rentCount=1"),
          QStringLiteral("rentUnit=month"), QStringLiteral("specificationCode=nas.capacity.nfs"),
          QStringLiteral("unit=GB"), QStringLiteral("vpc=vpc-g2gmswxtthml")}},
        {QStringLiteral("huaweicloud"),
         {QStringLiteral("project_id=0123456789abcdef0123456789abcdef"), QStringLiteral("charging_mode=0"),
          QStringLiteral("cloud_service_type=hws.service.type.sdg"), QStringLiteral("is_auto_renew=0"),
          QStringLiteral("period_num=1"), QStringLiteral("period_type=2"),
          QStringLiteral("region_id=cn-north-4"), QStringLiteral("zone=CH"),
          QStringLiteral("product_infos=[{\"cloud_service_type\":\"hws.service.type.sdg\",\"product_id\":"
                         "\"00301-000000-0--0\",\"resource_size\":30,\"resource_size_measure_id\":30,"
                         "\"resource_spec_code\":\"base_professional\",\"resource_type\":"
                         "\"hws.resource.type.dsc.base\"}]")}},
    };
    return examples.value(provider);
}

inline QStringList paramArguments(const QString& provider)
{
    QStringList args;
    for (const QString& param : params(provider))
        args << QStringLiteral("--param") << param;
    return args;
}

} // namespace SeedExamples
