<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About OrderDesk</source>
        <translation>关于 OrderDesk</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>ConfirmOrderDialog</name>
    <message>
        <source>Confirm the order</source>
        <translation>确认订单</translation>
    </message>
    <message>
        <source>I have checked the earlier order and want to order this resource &amp;again</source>
        <translation>我已核对之前的订单，确认再次订购该资源(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Technical details</source>
        <translation>技术详情(&amp;T)</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Order history</source>
        <translation>订单历史</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>搜索(&amp;E)：</translation>
    </message>
    <message>
        <source>Finds orders whose resource ID, order ID, request ID, profile, region or error contains the text.</source>
        <translation>查找资源ID、订单号、请求ID、账号配置、地域或错误中包含该文字的订单。</translation>
    </message>
    <message>
        <source>Resource, order ID, request ID, error…</source>
        <translation>资源、订单号、请求ID、错误…</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>云服务商(&amp;V)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Show only orders created in this date range (both days included).</source>
        <translation>仅显示在此日期范围内创建的订单（包含起止两天）。</translation>
    </message>
    <message>
        <source>Created fro&amp;m</source>
        <translation>创建日期从(&amp;M)</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>创建日期起</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>至(&amp;O)</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>创建日期止</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Order details</source>
        <translation>订单详情</translation>
    </message>
    <message>
        <source>Record what the provider&apos;s console shows for an order whose outcome is unknown.</source>
        <translation>对结果未知的订单，登记云服务商控制台中显示的实际情况。</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>处理结果(&amp;R)…</translation>
    </message>
    <message>
        <source>Se&amp;nd again safely…</source>
        <translation>安全重新发送(&amp;N)…</translation>
    </message>
    <message>
        <source>Copy the selected orders as tab-separated text.</source>
        <translation>将所选订单复制为以制表符分隔的文本。</translation>
    </message>
    <message>
        <source>&amp;Copy row</source>
        <translation>复制整行(&amp;C)</translation>
    </message>
    <message>
        <source>Save the orders that match the filter as an Excel workbook (.xlsx), or as CSV for other programs.</source>
        <translation>将符合筛选条件的订单保存为 Excel 工作簿（.xlsx），或保存为供其他程序使用的 CSV 文件。</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Send an order whose outcome is unknown again with its client token, so that it cannot be bought twice.</source>
        <translation>使用原客户端Token重新发送结果未知的订单，确保不会重复购买。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Providers</source>
        <translation>云厂商(&amp;P)</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>云厂商</translation>
    </message>
    <message>
        <source>Every order placed, with search, filters and export (Ctrl+H)</source>
        <translation>所有已下订单，可搜索、筛选和导出（Ctrl+H）</translation>
    </message>
    <message>
        <source>Order &amp;history</source>
        <translation>订单历史(&amp;H)</translation>
    </message>
    <message>
        <source>Order form</source>
        <translation>订单表单</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>账号配置(&amp;P)…</translation>
    </message>
    <message>
        <source>Add, edit or remove AccessKey profiles</source>
        <translation>添加、编辑或删除 AccessKey 账号配置</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Follow &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About OrderDesk</source>
        <translation>关于 OrderDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Or&amp;der history</source>
        <translation>订单历史(&amp;D)</translation>
    </message>
    <message>
        <source>Orders of your colleagues that wait for a second person&apos;s approval</source>
        <translation>同事准备的、等待第二人审批的订单</translation>
    </message>
    <message>
        <source>Appro&amp;vals</source>
        <translation>审批(&amp;V)</translation>
    </message>
    <message>
        <source>Every order of your team, with who prepared, approved and sent it</source>
        <translation>团队的全部订单，以及准备、审批和发送它们的人</translation>
    </message>
    <message>
        <source>&amp;Team orders</source>
        <translation>团队订单(&amp;T)</translation>
    </message>
</context>
<context>
    <name>OrderDesk::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Prepaid orders with Volcengine, Alibaba Cloud, UniCloud and Huawei Cloud through their signed OpenAPIs, with a ledger of every order.</source>
        <translation>通过火山引擎、阿里云、紫光云和华为云的签名 OpenAPI 下达包年包月订单，并在台账中记录每一笔订单。</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1（构建时使用 Qt %2）</translation>
    </message>
    <message>
        <source>QtKeychain (version unknown)</source>
        <translation>QtKeychain（版本未知）</translation>
    </message>
    <message>
        <source>QtKeychain %1</source>
        <translation>QtKeychain %1</translation>
    </message>
    <message>
        <source>%1. Copyright © 2026 OrderDesk authors.</source>
        <translation>%1。版权所有 © 2026 OrderDesk 作者。</translation>
    </message>
    <message>
        <source>MIT License (MIT)</source>
        <translation>MIT 许可证（MIT）</translation>
    </message>
    <message>
        <source>%1, see %2. OrderDesk uses the Qt libraries unmodified and linked dynamically, so you may replace them with your own build of Qt. For at least three years after this release, the OrderDesk maintainers send the complete source code of the Qt libraries shipped with OrderDesk to anyone who asks at %3.</source>
        <translation>%1，详见 %2。OrderDesk 以动态链接方式使用未经修改的 Qt 库，您可以将其替换为自行构建的 Qt。自本版本发布起至少三年内，任何人均可通过 %3 向 OrderDesk 维护者索取随 OrderDesk 分发的 Qt 库的完整源代码。</translation>
    </message>
    <message>
        <source>GNU Lesser General Public License version 3 (LGPL-3.0-only)</source>
        <translation>GNU 宽通用公共许可证第 3 版（LGPL-3.0-only）</translation>
    </message>
    <message>
        <source>%1. Copyright © Frank Osterfeld and contributors. Keeps the AccessKey secrets in the system keychain.</source>
        <translation>%1。版权所有 © Frank Osterfeld 及贡献者。用于将 AccessKey 密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>BSD 2-Clause License (BSD-2-Clause)</source>
        <translation>BSD 两条款许可证（BSD-2-Clause）</translation>
    </message>
    <message>
        <source>%1. Stores the order history.</source>
        <translation>%1。用于存储订单历史记录。</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>公有领域</translation>
    </message>
</context>
<context>
    <name>OrderDesk::AliyunErrorCatalogue</name>
    <message>
        <source>The Express Connect circuit is not in a state that allows this order. Check its status in the Alibaba Cloud console; it must be waiting for payment.</source>
        <translation>物理专线当前所处的状态不允许此订单。请在阿里云控制台查看其状态，必须为等待支付。</translation>
    </message>
    <message>
        <source>Alibaba Cloud has no price for this combination of period and billing cycle. Choose another subscription length or cycle and submit the order again.</source>
        <translation>阿里云没有此购买时长与计费周期组合的价格。请选择其他购买时长或计费周期后重新提交订单。</translation>
    </message>
    <message>
        <source>The billing method is not valid. Choose Subscription (PrePaid) and submit the order again.</source>
        <translation>付费方式无效。请选择包年包月（PrePaid）后重新提交订单。</translation>
    </message>
    <message>
        <source>The subscription length is not valid: use 1 to 9 months or 1 to 5 years. Correct it and submit the order again.</source>
        <translation>购买时长无效：请使用 1~9 个月或 1~5 年。修改后重新提交订单。</translation>
    </message>
    <message>
        <source>The billing cycle is not valid. Choose Month or Year and submit the order again.</source>
        <translation>计费周期无效。请选择 Month（月）或 Year（年）后重新提交订单。</translation>
    </message>
    <message>
        <source>The Express Connect circuit&apos;s current state does not allow this order. Check in the Alibaba Cloud console that it is waiting for payment and not already paid.</source>
        <translation>物理专线当前的状态不允许此操作。请在阿里云控制台确认其处于等待支付状态，且尚未支付。</translation>
    </message>
    <message>
        <source>The circuit&apos;s current status does not allow this order. Check its status in the Alibaba Cloud console; it may already be paid.</source>
        <translation>物理专线当前的状态不支持此订单。请在阿里云控制台查看其状态，它可能已经支付。</translation>
    </message>
    <message>
        <source>Alibaba Cloud cannot find this circuit. Copy its ID again from the console and check that the region is right.</source>
        <translation>阿里云找不到该实例。请从控制台重新复制其ID，并确认地域正确。</translation>
    </message>
    <message>
        <source>Alibaba Cloud does not know this region ID. Enter the region of the circuit as the console shows it, for example cn-hangzhou.</source>
        <translation>阿里云无法识别此地域ID。请按控制台显示填写物理专线所在的地域，例如 cn-hangzhou。</translation>
    </message>
    <message>
        <source>No Express Connect circuit with this ID exists in this account and region. Copy the ID again from the Alibaba Cloud console and check the region.</source>
        <translation>该账号在此地域下不存在此ID的物理专线。请从阿里云控制台重新复制ID，并核对地域。</translation>
    </message>
    <message>
        <source>This client token was already used for an order with different details. Check the earlier order in the Alibaba Cloud console; to place a new order, start a new order so that it gets a new token.</source>
        <translation>该客户端Token已用于参数不同的另一笔订单。请在阿里云控制台核对之前的订单；如需下新订单，请新建订单以获得新的Token。</translation>
    </message>
    <message>
        <source>An earlier copy of this request already reached Alibaba Cloud, so the order may exist. Check the orders in the console, or send it again with the same client token, which cannot create a second order.</source>
        <translation>该请求的先前副本已到达阿里云，订单可能已经创建。请在控制台查看订单，或使用相同的客户端Token重新发送，这不会产生第二笔订单。</translation>
    </message>
    <message>
        <source>The signature did not match: the AccessKey secret is probably wrong. Enter the secret of this AccessKey again in the profile, then send the order again.</source>
        <translation>签名不匹配：AccessKey Secret 可能有误。请在配置中重新输入该 AccessKey 的 Secret，然后重新发送订单。</translation>
    </message>
    <message>
        <source>Alibaba Cloud received an incomplete signature, often because a proxy changed the request. Check the proxy settings, then send the order again.</source>
        <translation>阿里云收到的签名不完整，通常是代理修改了请求。请检查代理设置，然后重新发送订单。</translation>
    </message>
    <message>
        <source>Alibaba Cloud does not know this AccessKey ID. Check that the profile holds an Alibaba Cloud AccessKey (usually starting with LTAI), not one from another provider.</source>
        <translation>阿里云无法识别此 AccessKey ID。请确认配置中使用的是阿里云 AccessKey（通常以 LTAI 开头），而不是其他云服务商的密钥。</translation>
    </message>
    <message>
        <source>This AccessKey is disabled. Enable it in the Alibaba Cloud RAM console or use another AccessKey, then send the order again.</source>
        <translation>此 AccessKey 已被禁用。请在阿里云 RAM 控制台启用它或改用其他 AccessKey，然后重新发送订单。</translation>
    </message>
    <message>
        <source>Alibaba Cloud did not accept the request time: this computer&apos;s clock is more than 15 minutes off. Set the clock to the correct time (automatic time), then send the order again.</source>
        <translation>阿里云不接受请求时间：本机时钟偏差超过 15 分钟。请将时钟调整为正确时间（开启自动设置时间），然后重新发送订单。</translation>
    </message>
    <message>
        <source>The RAM user of this AccessKey may not place this order. Ask the account administrator to grant the VPC permission for CreatePhysicalConnectionOccupancyOrder.</source>
        <translation>此 AccessKey 所属的 RAM 用户无权下此订单。请联系账号管理员授予 VPC 的 CreatePhysicalConnectionOccupancyOrder 权限。</translation>
    </message>
    <message>
        <source>Alibaba Cloud is receiving too many requests. The order was not placed; wait a minute and send it again.</source>
        <translation>阿里云收到的请求过多。订单未被创建；请等待一分钟后重新发送。</translation>
    </message>
    <message>
        <source>This account has sent too many requests to Alibaba Cloud. The order was not placed; wait a minute and send it again.</source>
        <translation>该账号向阿里云发送的请求过多。订单未被创建；请等待一分钟后重新发送。</translation>
    </message>
    <message>
        <source>This operation is receiving too many requests at Alibaba Cloud. The order was not placed; wait a minute and send it again.</source>
        <translation>阿里云此接口收到的请求过多。订单未被创建；请等待一分钟后重新发送。</translation>
    </message>
    <message>
        <source>Alibaba Cloud had an internal error, so the order may or may not exist. Check the orders in the console, or send it again with the same client token, which cannot create a second order.</source>
        <translation>阿里云发生内部错误，订单可能已创建也可能未创建。请在控制台查看订单，或使用相同的客户端Token重新发送，这不会产生第二笔订单。</translation>
    </message>
    <message>
        <source>Alibaba Cloud is temporarily unavailable. Wait a few minutes, then send the order again with the same client token, which cannot create a second order.</source>
        <translation>阿里云服务暂时不可用。请等待几分钟后使用相同的客户端Token重新发送订单，这不会产生第二笔订单。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::AliyunProvider</name>
    <message>
        <source>Region ID</source>
        <translation>地域ID</translation>
    </message>
    <message>
        <source>The region of the Express Connect circuit, for example cn-hangzhou. It also decides where the order is sent.</source>
        <translation>物理专线所在的地域，例如 cn-hangzhou。订单也会发送到该地域的接入地址。</translation>
    </message>
    <message>
        <source>Express Connect circuit ID</source>
        <translation>物理专线ID</translation>
    </message>
    <message>
        <source>The ID of the circuit that is waiting for payment, as shown in the Alibaba Cloud console (it starts with pc-).</source>
        <translation>处于等待支付状态的物理专线的实例ID，可在阿里云控制台中查看（以 pc- 开头）。</translation>
    </message>
    <message>
        <source>Subscription length</source>
        <translation>购买时长</translation>
    </message>
    <message>
        <source>How many months (1 to 9) or years (1 to 5) to pay for.</source>
        <translation>要购买的月数（1~9）或年数（1~5）。</translation>
    </message>
    <message>
        <source>Billing method</source>
        <translation>付费方式</translation>
    </message>
    <message>
        <source>Only subscription is possible. The Alibaba Cloud account must allow payment from its balance or by credit.</source>
        <translation>仅支持包年包月。阿里云账号必须支持余额支付或信用支付。</translation>
    </message>
    <message>
        <source>Subscription (prepaid)</source>
        <translation>包年包月（预付费）</translation>
    </message>
    <message>
        <source>Pay automatically</source>
        <translation>自动支付</translation>
    </message>
    <message>
        <source>true: pay from the account balance at once; if the balance is too low the order is cancelled. false: only create the order, to be paid in the console.</source>
        <translation>true：立即从账户余额扣款；余额不足时订单将被作废。false：只生成订单，需在控制台中支付。</translation>
    </message>
    <message>
        <source>Yes, pay from the balance</source>
        <translation>是，从余额扣款</translation>
    </message>
    <message>
        <source>No, only create the order</source>
        <translation>否，只生成订单</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>计费周期</translation>
    </message>
    <message>
        <source>Whether the subscription length counts months or years.</source>
        <translation>购买时长按月还是按年计算。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Client token</source>
        <translation>客户端Token</translation>
    </message>
    <message>
        <source>A unique text that lets OrderDesk resend this order safely without ordering twice. Filled in automatically; at most 64 ASCII characters, upper and lower case differ.</source>
        <translation>用于识别同一笔订单的唯一字符串：OrderDesk 凭它可以安全地重新发送订单，而不会重复下单。自动填写；最多 64 个 ASCII 字符，区分大小写。</translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation>阿里云</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region ID. Use lower-case letters, digits and hyphens, e.g. %2.</source>
        <translation>“%1”不是有效的地域ID。请使用小写字母、数字和连字符，例如 %2。</translation>
    </message>
    <message>
        <source>%1 is %2 but the order is to be sent to region %3. Use the same region for both.</source>
        <translation>%1 为 %2，但订单将发送到地域 %3。请为两者使用相同的地域。</translation>
    </message>
    <message>
        <source>When %1 is Year, %2 must be between 1 and %3.</source>
        <translation>当 %1 为 Year 时，%2 必须介于 1 和 %3 之间。</translation>
    </message>
    <message>
        <source>Express Connect circuit</source>
        <translation>高速通道物理专线</translation>
    </message>
</context>
<context>
    <name>OrderDesk::AppContext</name>
    <message>
        <source>No team ledger is connected, so nothing was sent.</source>
        <translation>未连接团队账本，因此没有发送任何内容。</translation>
    </message>
    <message>
        <source>Order %1 is for the account &quot;%2&quot;, which has no profile on this computer. Add it under Account → Profiles, or let the colleague who has it send the order.</source>
        <translation>订单 %1 属于账号“%2”，本机没有该账号的配置。请在“账号 → 配置”中添加，或由拥有该账号的同事发送此订单。</translation>
    </message>
    <message>
        <source>The built-in sandbox could not be started, so order %1 was not sent.</source>
        <translation>内置沙箱无法启动，因此订单 %1 未发送。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::AppMain</name>
    <message>
        <source>Keep the order ledger and the settings in &lt;dir&gt; instead of the application data folder.</source>
        <translation>将订单台账和设置保存在 &lt;dir&gt; 中，而不是应用数据文件夹。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Quit as soon as the main window has been painted once (to measure the start-up time).</source>
        <translation>主窗口首次绘制完成后立即退出（用于测量启动时间）。</translation>
    </message>
    <message>
        <source>Prepaid cloud orders for finance staff</source>
        <translation>面向财务人员的云资源预付费下单工具</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir 需要指定一个文件夹。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::AppSettings</name>
    <message>
        <source>The settings file %1 could not be written. Check that its folder exists and that you may write to it.</source>
        <translation>无法写入设置文件 %1。请检查其所在文件夹是否存在，以及您是否有写入权限。</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged and could not be read. Restore it from a backup or remove it to start with default settings.</source>
        <translation>设置文件 %1 已损坏，无法读取。请从备份中恢复该文件，或将其删除以使用默认设置启动。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::CaBundle</name>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a CA bundle.</source>
        <translation>文件 %1 过大，不是有效的 CA 证书包。</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate in PEM format (text beginning with -----BEGIN CERTIFICATE-----).</source>
        <translation>文件 %1 中没有 PEM 格式的证书（以 -----BEGIN CERTIFICATE----- 开头的文本）。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::CliApplication</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>OrderDesk %1 — prepaid cloud orders from the command line.</source>
        <translation>OrderDesk %1 — 在命令行中下单预付费云资源。</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>List the providers, or the parameters of one provider.</source>
        <translation>列出云服务商，或某个云服务商的参数。</translation>
    </message>
    <message>
        <source>Options of order:</source>
        <translation>order 命令的选项：</translation>
    </message>
    <message>
        <source>A parameter by the API&apos;s own name, e.g. Period=3 or RegionId=cn-hangzhou; repeat as needed.</source>
        <translation>使用 API 自身名称的参数，例如 Period=3 或 RegionId=cn-hangzhou；可多次指定。</translation>
    </message>
    <message>
        <source>The region to sign for and to send to.</source>
        <translation>签名和发送所用的地域。</translation>
    </message>
    <message>
        <source>scheme://host[:port] instead of the provider&apos;s public endpoint; http only for 127.0.0.1.</source>
        <translation>使用 scheme://host[:port] 代替云服务商的公共接入地址；仅 127.0.0.1 可用 http。</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>以一个 JSON 对象代替文本输出。</translation>
    </message>
    <message>
        <source>Providers:</source>
        <translation>云服务商：</translation>
    </message>
    <message>
        <source>&quot;providers&quot; takes at most one provider.</source>
        <translation>“providers”最多只接受一个云服务商。</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;. Choose one of: %2.</source>
        <translation>未知的云服务商“%1”。请从以下选择：%2。</translation>
    </message>
    <message>
        <source>(filled in by OrderDesk when absent)</source>
        <translation>（未填写时由 OrderDesk 自动生成）</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>（必填）</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>（可选）</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>可选值：%1</translation>
    </message>
    <message>
        <source>Range: %1 to %2</source>
        <translation>范围：%1 至 %2</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>示例：%1</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>one of the allowed values</source>
        <translation>可选值之一</translation>
    </message>
    <message>
        <source>JSON array</source>
        <translation>JSON 数组</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir 需要指定一个文件夹。</translation>
    </message>
    <message>
        <source>Check an order, show its summary, ask for confirmation, record it in the ledger and send it.</source>
        <translation>检查订单，显示摘要并请求确认，记入台账后发送。</translation>
    </message>
    <message>
        <source>Record what the provider&apos;s console shows for an order whose outcome is unknown.</source>
        <translation>按云厂商控制台中看到的情况，登记结果未知的订单。</translation>
    </message>
    <message>
        <source>Manage named AccessKey profiles; secrets are kept in the system keychain.</source>
        <translation>管理命名的 AccessKey 配置；密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>The keychain profile to sign with.</source>
        <translation>用于签名的钥匙串配置。</translation>
    </message>
    <message>
        <source>Validate and sign, print the request with the signature masked, send nothing.</source>
        <translation>校验并签名，打印请求（签名已遮盖），不发送任何内容。</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>不再询问确认。</translation>
    </message>
    <message>
        <source>With --yes: order even when the same resource was ordered in the last 24 hours.</source>
        <translation>与 --yes 一起使用：即使同一资源在过去 24 小时内已下单，仍然下单。</translation>
    </message>
    <message>
        <source>Keep the ledger and settings in DIR (also ORDERDESK_DATA_DIR).</source>
        <translation>将台账和设置保存在 DIR 中（也可用 ORDERDESK_DATA_DIR 指定）。</translation>
    </message>
    <message>
        <source>Credentials: --profile NAME, or ORDERDESK_ACCESS_KEY_ID and ORDERDESK_ACCESS_KEY_SECRET for automation. Without either, an endpoint on this computer (orderdesk-sim) uses the built-in sandbox key. The secret is never printed and never accepted on the command line.</source>
        <translation>凭证：使用 --profile NAME；自动化场景可设置 ORDERDESK_ACCESS_KEY_ID 和 ORDERDESK_ACCESS_KEY_SECRET。两者都未提供时，指向本机的服务地址（orderdesk-sim）会使用内置的沙箱密钥。密钥从不打印，也从不通过命令行参数接收。</translation>
    </message>
    <message>
        <source>List, show or export the orders in the ledger: --xlsx for Excel, --csv for other programs; an existing file is replaced only with --force.</source>
        <translation>列出、查看或导出台账中的订单：--xlsx 导出 Excel 工作簿，--csv 导出供其他程序使用的 CSV 文件；已存在的文件仅在加上 --force 时才会被替换。</translation>
    </message>
    <message>
        <source>Send an order whose outcome is unknown again, with its recorded client token (Volcengine and Alibaba Cloud only).</source>
        <translation>使用台账中记录的客户端Token重新发送结果未知的订单（仅限火山引擎和阿里云）。</translation>
    </message>
    <message>
        <source>With --yes: order a length above one year (without it, such an order is refused with exit code 2; asked a second time without --yes).</source>
        <translation>与 --yes 同用：允许订购超过一年的时长（不加此项时，此类订单会被拒绝，退出码为 2；不用 --yes 时会再次询问）。</translation>
    </message>
    <message>
        <source>--ledger needs a ledger file or a postgresql:// address.</source>
        <translation>--ledger 需要一个账本文件或一个 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>List the team ledger&apos;s orders that wait for a second person&apos;s approval.</source>
        <translation>列出团队账本中等待另一人审批的订单。</translation>
    </message>
    <message>
        <source>Approve an order someone else prepared, after reading its summary.</source>
        <translation>阅读订单摘要后，批准他人准备的订单。</translation>
    </message>
    <message>
        <source>Decline an order someone else prepared, with a reason.</source>
        <translation>拒绝他人准备的订单，并说明理由。</translation>
    </message>
    <message>
        <source>Take back an order you prepared before it is sent.</source>
        <translation>在发送之前撤回您准备的订单。</translation>
    </message>
    <message>
        <source>Send an approved order of the team ledger (only one sender can take it).</source>
        <translation>发送团队账本中已批准的订单（只有一位发送人能取得它）。</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 2 usage or validation error (or refused by the team ledger), 3 rejected by the provider, 4 outcome unknown, 5 not sent (network, TLS, credentials, ledger unreachable), 6 awaiting approval, 7 conflict with a resolution by hand, 8 the team ledger&apos;s history was changed.</source>
        <translation>退出码：0 完成，2 用法或校验错误（或被团队账本拒绝），3 被云服务商拒绝，4 结果未知，5 未发送（网络、TLS、凭据、账本无法连接），6 等待审批，7 与人工确认结果冲突，8 团队账本的历史记录被改动。</translation>
    </message>
    <message>
        <source>Set up a team ledger on PostgreSQL: create it, grant rights, set its approval rules, verify its history, keep your password in the keychain, import this computer&apos;s ledger file.</source>
        <translation>在 PostgreSQL 上设置团队账本：创建账本、授予权限、设置审批规则、核验历史记录、把您的密码保存在钥匙串中，并导入本机的账本文件。</translation>
    </message>
    <message>
        <source>The ledger to use: a file, or a team ledger&apos;s postgresql://ROLE@HOST:PORT/DATABASE address (also ORDERDESK_LEDGER; without either, the team ledger set in the window&apos;s Settings, if any).</source>
        <translation>要使用的账本：一个文件，或团队账本的 postgresql://角色@主机:端口/数据库 地址（也可用 ORDERDESK_LEDGER；两者都未给出时，使用窗口“设置”中设定的团队账本，如有）。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::CliContext</name>
    <message>
        <source>Unknown provider &quot;%1&quot;. Choose one of: %2.</source>
        <translation>未知的云厂商“%1”。请从以下选项中选择：%2。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Run &quot;orderdesk-cli --help&quot; for usage.</source>
        <translation>运行“orderdesk-cli --help”查看用法。</translation>
    </message>
    <message numerus="yes">
        <source>Warning: for %n order(s), the provider answered that it placed an order that was marked as not placed by hand. See &quot;orderdesk-cli history --conflicts&quot;.</source>
        <translation>
            <numerusform>警告：有 %n 笔订单曾被人工标记为未下单，但云服务商回复已下单。请查看 “orderdesk-cli history --conflicts”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the proxy password could not be read, so orders go to the proxy without it. %1</source>
        <translation>警告：无法读取代理密码，订单将不带密码发往代理。%1</translation>
    </message>
    <message>
        <source>Team ledger %1: %2</source>
        <translation>团队账本 %1：%2</translation>
    </message>
</context>
<context>
    <name>OrderDesk::ClockSkew</name>
    <message>
        <source>This computer&apos;s clock is less than a minute behind the provider&apos;s clock, yet the provider refused the request time. Turn on automatic time (network time) in the system settings, then send the order again. Nothing was ordered.</source>
        <translation>本机时钟比云服务商的时钟慢不到一分钟，但云服务商仍拒绝了请求时间。请在系统设置中开启自动对时（网络时间），然后重新发送订单。本次未下单。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is less than a minute ahead of the provider&apos;s clock, yet the provider refused the request time. Turn on automatic time (network time) in the system settings, then send the order again. Nothing was ordered.</source>
        <translation>本机时钟比云服务商的时钟快不到一分钟，但云服务商仍拒绝了请求时间。请在系统设置中开启自动对时（网络时间），然后重新发送订单。本次未下单。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about a minute behind the provider&apos;s clock, so the provider refused the request time. Turn on automatic time (network time) in the system settings, then send the order again. Nothing was ordered.</source>
        <translation>本机时钟比云服务商的时钟慢约一分钟，因此云服务商拒绝了请求时间。请在系统设置中开启自动对时（网络时间），然后重新发送订单。本次未下单。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about a minute ahead of the provider&apos;s clock, so the provider refused the request time. Turn on automatic time (network time) in the system settings, then send the order again. Nothing was ordered.</source>
        <translation>本机时钟比云服务商的时钟快约一分钟，因此云服务商拒绝了请求时间。请在系统设置中开启自动对时（网络时间），然后重新发送订单。本次未下单。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about %1 minutes behind the provider&apos;s clock, so the provider refused the request time. Turn on automatic time (network time) in the system settings, then send the order again. Nothing was ordered.</source>
        <translation>本机时钟比云服务商的时钟慢约 %1 分钟，因此云服务商拒绝了请求时间。请在系统设置中开启自动对时（网络时间），然后重新发送订单。本次未下单。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about %1 minutes ahead of the provider&apos;s clock, so the provider refused the request time. Turn on automatic time (network time) in the system settings, then send the order again. Nothing was ordered.</source>
        <translation>本机时钟比云服务商的时钟快约 %1 分钟，因此云服务商拒绝了请求时间。请在系统设置中开启自动对时（网络时间），然后重新发送订单。本次未下单。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about %1 hours behind the provider&apos;s clock, so the provider refused the request time. Check the time zone, turn on automatic time (network time) in the system settings, then send the order again. Nothing was ordered.</source>
        <translation>本机时钟比云服务商的时钟慢约 %1 小时，因此云服务商拒绝了请求时间。请检查时区，在系统设置中开启自动对时（网络时间），然后重新发送订单。本次未下单。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about %1 hours ahead of the provider&apos;s clock, so the provider refused the request time. Check the time zone, turn on automatic time (network time) in the system settings, then send the order again. Nothing was ordered.</source>
        <translation>本机时钟比云服务商的时钟快约 %1 小时，因此云服务商拒绝了请求时间。请检查时区，在系统设置中开启自动对时（网络时间），然后重新发送订单。本次未下单。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about %1 days behind the provider&apos;s clock, so the provider refused the request time. Set the date, turn on automatic time (network time) in the system settings, then send the order again. Nothing was ordered.</source>
        <translation>本机时钟比云服务商的时钟慢约 %1 天，因此云服务商拒绝了请求时间。请校正日期，在系统设置中开启自动对时（网络时间），然后重新发送订单。本次未下单。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about %1 days ahead of the provider&apos;s clock, so the provider refused the request time. Set the date, turn on automatic time (network time) in the system settings, then send the order again. Nothing was ordered.</source>
        <translation>本机时钟比云服务商的时钟快约 %1 天，因此云服务商拒绝了请求时间。请校正日期，在系统设置中开启自动对时（网络时间），然后重新发送订单。本次未下单。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::ConfirmOrderDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&amp;Place order</source>
        <translation>确认下单(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Order summary</source>
        <translation>订单摘要</translation>
    </message>
    <message>
        <source>This resource (%1) was already ordered with the same account within the last 24 hours: ledger entry %2 at %3, status %4. Ordering it again may pay twice.</source>
        <translation>同一账号在过去 24 小时内已订购过该资源（%1）：台账记录 %2，时间 %3，状态：%4。再次下单可能导致重复付费。</translation>
    </message>
    <message>
        <source>The provider&apos;s order ID of that order is %1.</source>
        <translation>该订单在云服务商处的订单号为 %1。</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>技术详情</translation>
    </message>
    <message>
        <source>Check the length before placing the order.</source>
        <translation>下单前请核对时长。</translation>
    </message>
    <message>
        <source>I have checked: &amp;buy for %1</source>
        <translation>我已核对：购买 %1(&amp;B)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Request, before it is signed:</source>
        <translation>请求（签名前）：</translation>
    </message>
</context>
<context>
    <name>OrderDesk::CredentialResolver</name>
    <message>
        <source>There is no %1 profile named &quot;%2&quot;. &quot;orderdesk-cli profiles list&quot; shows the profiles; &quot;orderdesk-cli profiles add&quot; creates one.</source>
        <translation>没有名为“%2”的%1配置。“orderdesk-cli profiles list”可列出现有配置；“orderdesk-cli profiles add”可新建配置。</translation>
    </message>
    <message>
        <source>The secret of profile &quot;%1&quot; could not be read from the system keychain: %2 Nothing was sent.</source>
        <translation>无法从系统钥匙串读取配置“%1”的密钥：%2 未发送任何内容。</translation>
    </message>
    <message>
        <source>No credentials for %1. Use --profile NAME (see &quot;orderdesk-cli profiles&quot;), or set ORDERDESK_ACCESS_KEY_ID and ORDERDESK_ACCESS_KEY_SECRET. Nothing was sent.</source>
        <translation>没有%1的凭证。请使用 --profile NAME（参见“orderdesk-cli profiles”），或设置 ORDERDESK_ACCESS_KEY_ID 和 ORDERDESK_ACCESS_KEY_SECRET。未发送任何内容。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::CredentialStore</name>
    <message>
        <source>There is no profile named &quot;%1&quot; for this provider.</source>
        <translation>该云厂商下没有名为“%1”的配置。</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written, so the profile was not changed. Check that its folder exists and that you may write to it.</source>
        <translation>无法写入设置文件 %1，配置未作更改。请检查其所在文件夹是否存在，以及您是否有写入权限。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists for this provider. Names that differ only in letter case count as the same name.</source>
        <translation>该云厂商下已存在名为“%1”的配置。仅大小写不同的名称视为同一名称。</translation>
    </message>
    <message>
        <source>The keychain operation was cancelled before it finished.</source>
        <translation>钥匙串操作在完成前已被取消。</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>请输入配置名称。</translation>
    </message>
    <message>
        <source>A profile name may have at most %1 characters.</source>
        <translation>配置名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A profile name may not contain slashes, backslashes or control characters.</source>
        <translation>配置名称不能包含斜杠、反斜杠或控制字符。</translation>
    </message>
    <message>
        <source>A profile name may not begin or end with a space.</source>
        <translation>配置名称的开头和结尾不能是空格。</translation>
    </message>
    <message>
        <source>Enter the AccessKey ID.</source>
        <translation>请输入 AccessKey ID。</translation>
    </message>
    <message>
        <source>An AccessKey ID has at most %1 characters. Check that you copied the ID and not the secret.</source>
        <translation>AccessKey ID 最多 %1 个字符。请确认您复制的是 AccessKey ID，而不是 AccessKey Secret。</translation>
    </message>
    <message>
        <source>The AccessKey ID contains spaces or characters that an AccessKey ID does not have. Copy it again from the provider&apos;s console.</source>
        <translation>AccessKey ID 中含有空格或不应出现的字符。请从云厂商控制台重新复制。</translation>
    </message>
    <message>
        <source>A region is written with letters, digits and hyphens only, for example cn-beijing.</source>
        <translation>地域只能由字母、数字和连字符组成，例如 cn-beijing。</translation>
    </message>
    <message>
        <source>Enter the AccessKey secret.</source>
        <translation>请输入 AccessKey Secret。</translation>
    </message>
    <message>
        <source>The AccessKey secret contains spaces, line breaks or invisible characters. Copy it again without them.</source>
        <translation>AccessKey Secret 中含有空格、换行符或不可见字符。请重新复制，不要带上这些字符。</translation>
    </message>
    <message>
        <source>The AccessKey secret is longer than any provider issues. Check that you copied only the secret.</source>
        <translation>AccessKey Secret 的长度超出了任何云厂商签发的长度。请确认您只复制了 Secret 本身。</translation>
    </message>
    <message>
        <source>Alibaba Cloud AccessKey IDs normally start with LTAI. Check that this is an Alibaba Cloud AccessKey and not one of another provider.</source>
        <translation>阿里云的 AccessKey ID 通常以 LTAI 开头。请确认这是阿里云的 AccessKey，而不是其他云厂商的。</translation>
    </message>
    <message>
        <source>Volcengine AccessKey IDs normally start with AKLT. Check that this is a Volcengine AccessKey and not one of another provider.</source>
        <translation>火山引擎的 AccessKey ID 通常以 AKLT 开头。请确认这是火山引擎的 AccessKey，而不是其他云厂商的。</translation>
    </message>
    <message>
        <source>Enter the AccessKey secret for the new profile &quot;%1&quot;.</source>
        <translation>请为新配置“%1”输入 AccessKey Secret。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; differ only in letter case, which counts as the same name. Choose a different name.</source>
        <translation>“%1”与“%2”仅大小写不同，视为同一名称。请另选一个名称。</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds. It may be locked and waiting for its password, or not running. Unlock or restart it, then try again.</source>
        <translation>系统钥匙串在 %1 秒内没有响应，可能已锁定并在等待输入密码，或者未在运行。请解锁或重新启动钥匙串，然后重试。</translation>
    </message>
    <message>
        <source>No secret is stored in the system keychain for profile &quot;%1&quot;. Enter the AccessKey secret of this profile again.</source>
        <translation>系统钥匙串中没有保存配置“%1”的密钥。请重新输入该配置的 AccessKey Secret。</translation>
    </message>
    <message>
        <source>The system keychain could not remove the secret of profile &quot;%1&quot;. Try again, or remove the entry with the keychain&apos;s own tool.</source>
        <translation>系统钥匙串无法删除配置“%1”的密钥。请重试，或使用钥匙串自带的管理工具删除该条目。</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused. Allow OrderDesk to use the keychain when it asks, then try again.</source>
        <translation>访问系统钥匙串的请求被拒绝。请在系统询问时允许 OrderDesk 使用钥匙串，然后重试。</translation>
    </message>
    <message>
        <source>The system keychain is locked or did not allow access. Unlock it (for example by logging in again), then try again.</source>
        <translation>系统钥匙串已锁定或不允许访问。请先解锁（例如重新登录系统），然后重试。</translation>
    </message>
    <message>
        <source>No system keychain is available. OrderDesk keeps AccessKey secrets only in the system keychain (Keychain on macOS, Credential Manager on Windows, a Secret Service such as GNOME Keyring or KWallet on Linux), never in a file. Start or install one, then try again.</source>
        <translation>没有可用的系统钥匙串。OrderDesk 只将 AccessKey Secret 保存在系统钥匙串中（macOS 上的“钥匙串”、Windows 上的“凭据管理器”、Linux 上的 GNOME Keyring 或 KWallet 等 Secret Service），绝不写入文件。请启动或安装钥匙串服务，然后重试。</translation>
    </message>
    <message>
        <source>The system keychain reported an error. Check that it is running and unlocked, then try again; the technical details say more.</source>
        <translation>系统钥匙串报告了错误。请检查钥匙串是否正在运行且已解锁，然后重试；技术详情中有更多信息。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a provider OrderDesk knows. Use one of: %2.</source>
        <translation>“%1”不是 OrderDesk 支持的云厂商。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>The proxy password may have at most %1 characters.</source>
        <translation>代理密码最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The system keychain could not remove the proxy password. Try again, or remove the entry with the keychain&apos;s own tool.</source>
        <translation>系统钥匙串无法删除代理密码。请重试，或使用钥匙串自带的管理工具删除该条目。</translation>
    </message>
    <message>
        <source>The password may have at most %1 characters.</source>
        <translation>密码最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The system keychain could not remove the password. Try again, or remove the entry with the keychain&apos;s own tool.</source>
        <translation>系统钥匙串无法删除该密码。请重试，或用钥匙串自带的工具删除该条目。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::Endpoint</name>
    <message>
        <source>&quot;%1&quot; is not an endpoint. Write it as https://host or https://host:port.</source>
        <translation>“%1”不是有效的接入地址。请写成 https://host 或 https://host:port。</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; must start with https:// (or http:// for the local simulator).</source>
        <translation>接入地址“%1”必须以 https:// 开头（本地模拟器可用 http://）。</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; must be only scheme, host and port; OrderDesk adds the provider&apos;s path itself.</source>
        <translation>接入地址“%1”只能包含协议、主机和端口；云服务商的路径由 OrderDesk 自动添加。</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; must use https://. Plain http:// is allowed only for the local simulator on 127.0.0.1.</source>
        <translation>接入地址“%1”必须使用 https://。只有 127.0.0.1 上的本地模拟器允许使用 http://。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::ErrorCatalogue</name>
    <message>
        <source>The provider&apos;s answer (HTTP %1) could not be read, so it is not known whether the order was placed. Check the provider&apos;s console before ordering again.</source>
        <translation>无法读取云服务商的应答（HTTP %1），因此不确定订单是否已创建。再次下单前，请先在云服务商控制台中核实。</translation>
    </message>
    <message>
        <source>The provider refused the AccessKey or its permissions. Check that the profile&apos;s AccessKey belongs to this provider and may place orders.</source>
        <translation>云服务商拒绝了该 AccessKey 或其权限。请确认此配置的 AccessKey 属于该云服务商，并且有下单权限。</translation>
    </message>
    <message>
        <source>The provider is limiting the request rate. Wait a minute and try again.</source>
        <translation>云服务商正在限制请求频率。请等待一分钟后重试。</translation>
    </message>
    <message>
        <source>The provider had an internal error. Check the provider&apos;s console for the order before trying again.</source>
        <translation>云服务商发生内部错误。重试前，请先在云服务商控制台中查看该订单。</translation>
    </message>
    <message>
        <source>The provider rejected the order with code %1. Read the provider&apos;s message, correct the order and try again.</source>
        <translation>云服务商以错误码 %1 拒绝了订单。请阅读云服务商的提示信息，修改订单后重试。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::FieldNormalizer</name>
    <message>
        <source>Full-width characters in %1 were changed to their ASCII forms: %2</source>
        <translation>%1 中的全角字符已改为半角：%2</translation>
    </message>
    <message>
        <source>Spaces at the start or end of %1 were removed.</source>
        <translation>已去掉%1开头或结尾的空格。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::FormBinder</name>
    <message>
        <source>%1:</source>
        <extracomment>A form label: %1 is the field&apos;s name</extracomment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Filled in automatically</source>
        <translation>自动填写</translation>
    </message>
    <message>
        <source>%1 *:</source>
        <extracomment>A form label of a field that must be filled in: %1 is the field&apos;s name</extracomment>
        <translation>%1 *：</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <extracomment>The tooltip of a choice: %1 is the code the provider receives</extracomment>
        <translation>代码：%1</translation>
    </message>
</context>
<context>
    <name>OrderDesk::HistoryCommand</name>
    <message>
        <source>--limit needs a positive whole number.</source>
        <translation>--limit 需要一个正整数。</translation>
    </message>
    <message>
        <source>&quot;history show&quot; takes the ledger number of one order.</source>
        <translation>“history show”需要一个订单的台账编号。</translation>
    </message>
    <message>
        <source>Unknown history command &quot;%1&quot;.</source>
        <translation>未知的 history 子命令“%1”。</translation>
    </message>
    <message>
        <source>No orders match.</source>
        <translation>没有符合条件的订单。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>云厂商</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Order ID / error</source>
        <translation>订单号 / 错误</translation>
    </message>
    <message>
        <source>(%1 of %2 orders shown; use --limit N for more)</source>
        <translation>（已显示 %2 个订单中的 %1 个；使用 --limit N 显示更多）</translation>
    </message>
    <message>
        <source>There is no order %1 in the ledger.</source>
        <translation>台账中没有订单 %1。</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>历史记录：</translation>
    </message>
    <message>
        <source>Provider&apos;s answer:</source>
        <translation>云厂商的应答：</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;. Choose one of: %2.</source>
        <translation>未知状态“%1”。可选：%2。</translation>
    </message>
    <message>
        <source>%1 (CONFLICT)</source>
        <translation>%1（冲突）</translation>
    </message>
    <message>
        <source>CONFLICT: this order was marked as not placed by hand, but the provider answered that it placed it. Check the provider&apos;s console; to confirm what you find, run &quot;orderdesk-cli resolve %1 --placed ORDER_ID&quot; or &quot;--not-placed&quot;.</source>
        <translation>冲突：此订单曾被人工标记为未下单，但云服务商回复已下单。请到云服务商控制台核实；确认后运行 “orderdesk-cli resolve %1 --placed 订单号” 或 “--not-placed” 登记结果。</translation>
    </message>
    <message>
        <source>To export, write &quot;orderdesk-cli history export --xlsx FILE&quot; (or --csv FILE).</source>
        <translation>如需导出，请使用“orderdesk-cli history export --xlsx FILE”（或 --csv FILE）。</translation>
    </message>
    <message>
        <source>&quot;history export&quot; needs --xlsx FILE or --csv FILE.</source>
        <translation>“history export”需要 --xlsx FILE 或 --csv FILE。</translation>
    </message>
    <message>
        <source>%1 already exists. To replace it, add --force.</source>
        <translation>%1 已存在。如需替换，请加上 --force。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) written to %1.</source>
        <translation>
            <numerusform>已将 %Ln 个订单写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDesk::HistoryPage</name>
    <message>
        <source>Orders: %1</source>
        <translation>订单数：%1</translation>
    </message>
    <message>
        <source>Select an order to see its details.</source>
        <translation>请选择一个订单以查看详情。</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>The outcome of this order is unknown: it may or may not have been placed. Check the order list in the %1 console of account %2 for resource %3, then use Resolve to record what you found.</source>
        <translation>该订单结果未知：可能已下单，也可能未下单。请在%1控制台中查看账号 %2 的订单列表，查找资源 %3，然后通过“处理结果”登记核实情况。</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Provider&apos;s answer</source>
        <translation>云服务商应答</translation>
    </message>
    <message>
        <source>No answer was recorded.</source>
        <translation>未记录到应答。</translation>
    </message>
    <message>
        <source>Resolve order</source>
        <translation>处理订单结果</translation>
    </message>
    <message>
        <source>Send again safely</source>
        <translation>安全重新发送</translation>
    </message>
    <message>
        <source>The profile %1 this order was placed with no longer exists, so the order cannot be signed again. Add the profile again, or check the %2 console and resolve the order.</source>
        <translation>下单时使用的配置 %1 已不存在，无法重新签名该订单。请重新添加该配置，或在%2控制台核实后处理该订单结果。</translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation>导出订单</translation>
    </message>
    <message>
        <source>&amp;Copy cell</source>
        <translation>复制单元格(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;row</source>
        <translation>复制整行(&amp;R)</translation>
    </message>
    <message>
        <source>Copy &amp;order ID</source>
        <translation>复制订单号(&amp;O)</translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation>云服务商筛选</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>搜索订单</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>全部云服务商</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Orders: more than %1</source>
        <translation>订单数：超过 %1</translation>
    </message>
    <message>
        <source>Conflict: this order was marked as not placed by hand, but %1 has since answered that it placed it (order ID %2). The provider&apos;s answer is recorded; check the %1 console of account %3, pay or cancel the order there, then use Resolve to confirm what you found.</source>
        <translation>冲突：此订单曾被人工标记为未下单，但%1随后回复已下单（订单号 %2）。云服务商的回复已记录；请在%1控制台中查看账号 %3，在那里支付或取消该订单，然后通过“处理结果”确认核实情况。</translation>
    </message>
    <message>
        <source>Being sent right now (by %1): its answer is awaited, so it cannot be resolved yet.</source>
        <translation>正在发送中（%1）：正在等待回复，暂不能人工处理。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s)</source>
        <translation>
            <numerusform>已复制 %n 个单元格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>已复制 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied order ID %1</source>
        <translation>已复制订单号 %1</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files for other programs (*.csv)</source>
        <translation>供其他程序使用的 CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) written to %1.</source>
        <translation>
            <numerusform>已将 %Ln 个订单写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Because the order carries an client token, it can also be sent again safely: %1 places it at most once.</source>
        <translation>由于该订单带有客户端Token，也可以安全地重新发送：%1最多只会下单一次。</translation>
    </message>
    <message>
        <source>Send order %1 for resource %2 to %3 again? It carries the same client token as before, so %3 places it at most once, even if the first request did arrive.</source>
        <translation>是否将资源 %2 的订单 %1 重新发送至%3？该订单使用与之前相同的客户端Token，即使首次请求已送达，%3也最多只会下单一次。</translation>
    </message>
    <message>
        <source>The ledger could not be read: %1</source>
        <translation>无法读取订单台账：%1</translation>
    </message>
    <message>
        <source>Exporting the orders to %1…</source>
        <translation>正在将订单导出到 %1…</translation>
    </message>
</context>
<context>
    <name>OrderDesk::HuaweiCloudErrorCatalogue</name>
    <message>
        <source>Huawei Cloud rejected a value in the order. Check the project ID, region, billing options and each product entry (product ID, specification code, resource type and size), then submit the order again.</source>
        <translation>华为云拒绝了订单中的某个取值。请检查项目 ID、区域、计费选项以及每个产品条目（产品 ID、规格编码、资源类型和容量），然后重新提交订单。</translation>
    </message>
    <message>
        <source>Huawei Cloud did not accept the AccessKey. Check that the profile holds an active Huawei Cloud AccessKey (AK) and its secret (SK); five failures in a row lock the key for five minutes.</source>
        <translation>华为云未接受该 AccessKey。请检查配置中是否为有效的华为云访问密钥（AK）及其秘密访问密钥（SK）；连续认证失败五次会导致该密钥被锁定五分钟。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from Huawei Cloud&apos;s by more than 15 minutes. Set the clock to the correct time (automatic time), then send the order again.</source>
        <translation>本机时钟与华为云时间相差超过 15 分钟。请将时钟校准为正确时间（开启自动对时），然后重新发送订单。</translation>
    </message>
    <message>
        <source>The AccessKey is locked for five minutes after repeated failures. Check the AccessKey and its secret in the profile, wait five minutes, then send the order again.</source>
        <translation>由于多次认证失败，该 AccessKey 已被锁定五分钟。请检查配置中的 AccessKey 及其 Secret，等待五分钟后重新发送订单。</translation>
    </message>
    <message>
        <source>The signature did not match: the AccessKey secret (SK) is probably wrong. Enter the secret again in the profile, then send the order again.</source>
        <translation>签名不匹配：秘密访问密钥（SK）可能有误。请在配置中重新输入 SK，然后重新发送订单。</translation>
    </message>
    <message>
        <source>Huawei Cloud does not know this AccessKey ID, or it is disabled. Compare the profile with My Credentials in the Huawei Cloud console.</source>
        <translation>华为云无法识别此 AccessKey ID，或该密钥已停用。请对照华为云控制台“我的凭证”检查配置。</translation>
    </message>
    <message>
        <source>This Huawei Cloud user may not place this order. Ask the account administrator for permission to buy Data Security Center, then try again.</source>
        <translation>该华为云用户无权下此订单。请联系账号管理员授予购买数据安全中心的权限，然后重试。</translation>
    </message>
    <message>
        <source>Huawei Cloud is receiving too many requests. The order was not placed; wait a few seconds and send it again.</source>
        <translation>华为云收到的请求过于频繁。订单未创建，请等待几秒后重新发送。</translation>
    </message>
    <message>
        <source>Huawei Cloud does not offer this order at this address. Check the region, which decides the address, and the project ID.</source>
        <translation>华为云在此地址上不提供该下单接口。请检查区域（它决定请求地址）和项目 ID。</translation>
    </message>
    <message>
        <source>Huawei Cloud&apos;s gateway found the request malformed. Check the order&apos;s values, especially the product list, and submit it again.</source>
        <translation>华为云网关判定请求格式有误。请检查订单中的各项取值，尤其是产品列表，然后重新提交。</translation>
    </message>
    <message>
        <source>Huawei Cloud did not answer in time, so the order may or may not have been placed. Check the orders in the Huawei Cloud console before ordering again.</source>
        <translation>华为云未能及时响应，订单可能已创建，也可能未创建。再次下单前，请先在华为云控制台的订单中核实。</translation>
    </message>
    <message>
        <source>The Huawei Cloud service is unavailable at the moment. Check the orders in the Huawei Cloud console before ordering again, as the order may have been placed.</source>
        <translation>华为云服务暂时不可用。订单可能已经创建，再次下单前请先在华为云控制台的订单中核实。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::HuaweiCloudProvider</name>
    <message>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <source>The Huawei Cloud project of the region, as listed under My Credentials &gt; API Credentials in the console.</source>
        <translation>该区域下的华为云项目，可在控制台“我的凭证 &gt; API 凭证”中查看。</translation>
    </message>
    <message>
        <source>Region ID</source>
        <translation>区域 ID</translation>
    </message>
    <message>
        <source>The region of the project, such as cn-north-4 (Beijing 4); it also decides the address the order is sent to.</source>
        <translation>项目所在的区域，例如 cn-north-4（华北-北京四）；它同时决定订单发送的地址。</translation>
    </message>
    <message>
        <source>Country area</source>
        <translation>所属国家区域</translation>
    </message>
    <message>
        <source>The country area the order belongs to.</source>
        <translation>订单所属的国家区域。</translation>
    </message>
    <message>
        <source>Billing mode</source>
        <translation>计费模式</translation>
    </message>
    <message>
        <source>How the order is charged.</source>
        <translation>订单的计费方式。</translation>
    </message>
    <message>
        <source>Yearly/monthly (prepaid)</source>
        <translation>包年/包月（预付费）</translation>
    </message>
    <message>
        <source>Pay-per-use</source>
        <translation>按需计费</translation>
    </message>
    <message>
        <source>One-time payment</source>
        <translation>一次性计费</translation>
    </message>
    <message>
        <source>Period unit</source>
        <translation>订购周期类型</translation>
    </message>
    <message>
        <source>Whether the period is counted in months or years.</source>
        <translation>订购周期按月还是按年计算。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>订购周期数</translation>
    </message>
    <message>
        <source>How many months or years to buy.</source>
        <translation>购买的月数或年数。</translation>
    </message>
    <message>
        <source>Auto-renewal</source>
        <translation>自动续费</translation>
    </message>
    <message>
        <source>Whether Huawei Cloud renews the subscription automatically when it ends.</source>
        <translation>到期时华为云是否自动续费。</translation>
    </message>
    <message>
        <source>No auto-renewal</source>
        <translation>不自动续费</translation>
    </message>
    <message>
        <source>Renew automatically</source>
        <translation>自动续费</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品信息列表</translation>
    </message>
    <message>
        <source>The products to buy, as a JSON list. Each entry needs cloud_service_type, product_id, resource_size, resource_size_measure_id, resource_spec_code and resource_type.</source>
        <translation>要购买的产品，以 JSON 数组填写。每个条目须包含 cloud_service_type、product_id、resource_size、resource_size_measure_id、resource_spec_code 和 resource_type。</translation>
    </message>
    <message>
        <source>Bundle ID</source>
        <translation>组合套餐 ID</translation>
    </message>
    <message>
        <source>The ID of a product bundle, when buying one. Optional.</source>
        <translation>购买组合套餐时填写套餐 ID。可选。</translation>
    </message>
    <message>
        <source>Discount ID</source>
        <translation>折扣 ID</translation>
    </message>
    <message>
        <source>The ID of a discount to apply. Optional.</source>
        <translation>要使用的折扣 ID。可选。</translation>
    </message>
    <message>
        <source>Promotion ID</source>
        <translation>促销 ID</translation>
    </message>
    <message>
        <source>The ID of a promotion to take part in. Optional.</source>
        <translation>要参加的促销活动 ID。可选。</translation>
    </message>
    <message>
        <source>Promotion details</source>
        <translation>促销信息</translation>
    </message>
    <message>
        <source>Details of the promotion. Optional.</source>
        <translation>促销活动的详细信息。可选。</translation>
    </message>
    <message>
        <source>Entry %1 of %2 must be a JSON object.</source>
        <translation>%2 的第 %1 个条目必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>Entry %1 of %2 lacks %3.</source>
        <translation>%2 的第 %1 个条目缺少 %3。</translation>
    </message>
    <message>
        <source>In entry %1 of %2, %3 must be text in quotes.</source>
        <translation>%2 的第 %1 个条目中，%3 必须是带引号的文本。</translation>
    </message>
    <message>
        <source>In entry %1 of %2, %3 must be a whole number from 0 to 2147483647, without quotes.</source>
        <translation>%2 的第 %1 个条目中，%3 必须是 0 到 2147483647 之间的整数，且不带引号。</translation>
    </message>
    <message>
        <source>In entry %1 of %2, %3 must be a number without quotes.</source>
        <translation>%2 的第 %1 个条目中，%3 必须是不带引号的数字。</translation>
    </message>
    <message>
        <source>In entry %1 of %2, %3 must be a list of texts.</source>
        <translation>%2 的第 %1 个条目中，%3 必须是文本列表。</translation>
    </message>
    <message>
        <source>Entry %1 of %2 has %3, which is not a product field.</source>
        <translation>%2 的第 %1 个条目包含 %3，它不是产品字段。</translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation>华为云</translation>
    </message>
    <message>
        <source>%1 may contain only letters and digits.</source>
        <translation>%1 只能包含字母和数字。</translation>
    </message>
    <message>
        <source>%1 may contain only lower-case letters, digits and hyphens, like cn-north-4.</source>
        <translation>%1 只能包含小写字母、数字和连字符，例如 cn-north-4。</translation>
    </message>
    <message>
        <source>%1 is %2, but the order was set to region %3. Choose one region.</source>
        <translation>%1 为 %2，但订单所选区域为 %3。请统一为同一个区域。</translation>
    </message>
    <message>
        <source>When %1 is 3 (Year), %2 must be between 1 and %3 (5 years at most).</source>
        <translation>当 %1 为 3（年）时，%2 必须在 1 到 %3 之间（最长 5 年）。</translation>
    </message>
    <message>
        <source>Data Security Center subscription for project</source>
        <translation>数据安全中心订阅，项目</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>云服务</translation>
    </message>
    <message>
        <source>The Huawei Cloud service being bought.</source>
        <translation>要购买的华为云服务。</translation>
    </message>
    <message>
        <source>Data Security Center</source>
        <translation>数据安全中心</translation>
    </message>
</context>
<context>
    <name>OrderDesk::HuaweiProductColumns</name>
    <message>
        <source>Service</source>
        <translation>云服务</translation>
    </message>
    <message>
        <source>The Huawei Cloud service being bought.</source>
        <translation>要购买的华为云服务。</translation>
    </message>
    <message>
        <source>Data Security Center</source>
        <translation>数据安全中心</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>产品 ID</translation>
    </message>
    <message>
        <source>The product ID Huawei Cloud&apos;s price inquiry gives for this product.</source>
        <translation>华为云询价结果中该产品的产品 ID。</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>How many of the unit to buy: databases, or amount of OBS storage scanned.</source>
        <translation>按所选单位购买的数量：数据库个数，或 OBS 扫描量。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>What the quantity counts.</source>
        <translation>数量的计量单位。</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>数据库（个）</translation>
    </message>
    <message>
        <source>OBS expansion packages (1 TB each)</source>
        <translation>OBS 扩容包（每个 1 TB）</translation>
    </message>
    <message>
        <source>Pieces or times</source>
        <translation>个/次</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本规格</translation>
    </message>
    <message>
        <source>The edition bought, or the expansion package that goes with it.</source>
        <translation>购买的版本，或与之配套的扩容包。</translation>
    </message>
    <message>
        <source>Professional edition</source>
        <translation>专业版</translation>
    </message>
    <message>
        <source>Standard edition</source>
        <translation>标准版</translation>
    </message>
    <message>
        <source>Database package, professional edition</source>
        <translation>数据库扩容包（专业版）</translation>
    </message>
    <message>
        <source>Database package, standard edition</source>
        <translation>数据库扩容包（标准版）</translation>
    </message>
    <message>
        <source>OBS package, professional edition</source>
        <translation>OBS 扩容包（专业版）</translation>
    </message>
    <message>
        <source>OBS package, standard edition</source>
        <translation>OBS 扩容包（标准版）</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>资源类型</translation>
    </message>
    <message>
        <source>Whether this is the service itself or an expansion package.</source>
        <translation>购买的是服务本身还是扩容包。</translation>
    </message>
    <message>
        <source>Data Security Center edition</source>
        <translation>数据安全中心版本</translation>
    </message>
    <message>
        <source>Database expansion package</source>
        <translation>数据库扩容包</translation>
    </message>
    <message>
        <source>OBS expansion package</source>
        <translation>OBS 扩容包</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>须为 JSON 对象</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>须为文本</translation>
    </message>
    <message>
        <source>must not be only spaces</source>
        <translation>不能只有空格</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 2147483647</source>
        <translation>须为 0 到 2147483647 之间的整数</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>须为数字</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>须为文本列表</translation>
    </message>
    <message>
        <source>is not a product field</source>
        <translation>不是产品字段</translation>
    </message>
    <message>
        <source>Product %1: %2.</source>
        <extracomment>A problem with one row of the product table: %1 is the row&apos;s number, %2 what is wrong</extracomment>
        <translation>第 %1 个产品：%2。</translation>
    </message>
    <message>
        <source>Product %1, %2: %3.</source>
        <extracomment>A problem with one cell of the product table: %1 is the row&apos;s number, %2 the column, %3 what is wrong</extracomment>
        <translation>第 %1 个产品的“%2”：%3。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::MainWindow</name>
    <message>
        <source>SANDBOX — orders go to the built-in simulator, nothing is bought</source>
        <translation>沙箱环境 — 订单发往内置模拟器，不会产生任何实际购买</translation>
    </message>
    <message>
        <source>The active profile uses the sandbox: OrderDesk started a simulator on this computer that answers like the provider. Choose a real profile to buy.</source>
        <translation>当前账号配置使用沙箱：OrderDesk 在本机启动了一个按云厂商方式应答的模拟器。如需实际购买，请选择真实的账号配置。</translation>
    </message>
    <message>
        <source>Quit OrderDesk (Ctrl+Q)</source>
        <translation>退出 OrderDesk（Ctrl+Q）</translation>
    </message>
    <message>
        <source>Place an order with %1 (Ctrl+%2)</source>
        <translation>向%1下单（Ctrl+%2）</translation>
    </message>
    <message>
        <source>Profile: %1 — built-in simulator</source>
        <translation>账号配置：%1 — 内置模拟器</translation>
    </message>
    <message>
        <source>Profile: %1 — Real orders: %2</source>
        <translation>账号配置：%1 — 真实订单：%2</translation>
    </message>
    <message>
        <source>Order history unavailable</source>
        <translation>订单历史不可用</translation>
    </message>
    <message>
        <source>The order history could not be opened, so no order can be placed until this is fixed.</source>
        <translation>无法打开订单历史，在问题解决之前无法下单。</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n order(s) in conflict: placed by the provider after being marked as not placed — &lt;a href=&quot;history&quot; style=&quot;color:#ffffff&quot;&gt;see the order history&lt;/a&gt;</source>
        <translation>
            <numerusform>⚠ %n 笔订单存在冲突：人工标记为未下单后，云服务商回复已下单 — &lt;a href=&quot;history&quot; style=&quot;color:#ffffff&quot;&gt;查看订单历史&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in conflict: placed by the provider after being marked as not placed</source>
        <translation>
            <numerusform>%n 笔订单存在冲突：人工标记为未下单后，云服务商回复已下单</numerusform>
        </translation>
    </message>
    <message>
        <source>An order is being sent</source>
        <translation>有订单正在发送</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) are on their way to the provider and the answer has not come yet. If OrderDesk quits now, the order may still be placed, and its outcome is recorded as unknown until you check the provider&apos;s console.</source>
        <translation>
            <numerusform>有 %n 笔订单正在发往云服务商，尚未收到回复。如果现在退出 OrderDesk，订单仍可能被下单，其结果将记为未知，直到您到云服务商控制台核实。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Wait for the answer</source>
        <translation>等待回复(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Quit now, resolve later</source>
        <translation>立即退出，稍后处理(&amp;Q)</translation>
    </message>
    <message>
        <source>Waiting for the provider&apos;s answer; OrderDesk closes once it is recorded.</source>
        <translation>正在等待云服务商回复；记录回复后 OrderDesk 将自动关闭。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::OrderCommand</name>
    <message>
        <source>&quot;order&quot; takes exactly one provider: %1.</source>
        <translation>“order”需要且只能指定一个云厂商：%1。</translation>
    </message>
    <message>
        <source>--param needs NAME=VALUE, got &quot;%1&quot;.</source>
        <translation>--param 需要 NAME=VALUE 格式，实际为“%1”。</translation>
    </message>
    <message>
        <source>--param %1 is given twice.</source>
        <translation>--param %1 重复指定。</translation>
    </message>
    <message>
        <source>The order is not valid; nothing was sent:</source>
        <translation>订单无效，未发送任何内容：</translation>
    </message>
    <message>
        <source>Place this order and pay for it? Type y to confirm:</source>
        <translation>确认下单并付费吗？输入 y 确认：</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was sent.</source>
        <translation>未确认，未发送任何内容。</translation>
    </message>
    <message>
        <source>&quot;retry&quot; takes the ledger number of one order, e.g. &quot;retry 12&quot;.</source>
        <translation>“retry”需要一个订单的台账编号，例如“retry 12”。</translation>
    </message>
    <message>
        <source>There is no order %1 in the ledger.</source>
        <translation>台账中没有订单 %1。</translation>
    </message>
    <message>
        <source>Send it again? Type y to confirm:</source>
        <translation>确认重新发送吗？输入 y 确认：</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>试运行：未发送任何内容。</translation>
    </message>
    <message>
        <source>Request (signature masked):</source>
        <translation>请求（签名已遮盖）：</translation>
    </message>
    <message>
        <source>Order summary:</source>
        <translation>订单摘要：</translation>
    </message>
    <message>
        <source>Warning: order %1 for the same resource %2 with the same account was recorded at %3 (status: %4). Ordering it again may pay twice.</source>
        <translation>警告：同一账号对同一资源 %2 的订单 %1 已于 %3 记录（状态：%4）。再次下单可能重复付费。</translation>
    </message>
    <message>
        <source>Order this resource a second time? Type y to confirm:</source>
        <translation>确认再次为此资源下单吗？输入 y 确认：</translation>
    </message>
    <message>
        <source>Not sent: with --yes, a second order of the same resource within 24 hours also needs --allow-duplicate.</source>
        <translation>未发送：使用 --yes 时，24 小时内再次为同一资源下单还需要加上 --allow-duplicate。</translation>
    </message>
    <message>
        <source>Provider order ID: %1</source>
        <translation>云厂商订单号：%1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求ID：%1</translation>
    </message>
    <message>
        <source>Ledger entry: %1</source>
        <translation>台账编号：%1</translation>
    </message>
    <message>
        <source>After checking the provider&apos;s console, record the result: &quot;orderdesk-cli resolve %1 --placed ORDER_ID&quot; or &quot;orderdesk-cli resolve %1 --not-placed&quot;.</source>
        <translation>请在云厂商控制台核实后登记结果：“orderdesk-cli resolve %1 --placed ORDER_ID”或“orderdesk-cli resolve %1 --not-placed”。</translation>
    </message>
    <message>
        <source>Not sent: another order of the same resource was recorded meanwhile. Run the command again to decide, or add --allow-duplicate.</source>
        <translation>未发送：在此期间已记录了同一资源的另一笔订单。请重新运行命令再做决定，或加上 --allow-duplicate。</translation>
    </message>
    <message>
        <source>Stopped (interrupted) while order %1 was being sent; its outcome is unknown. Check the provider&apos;s console, then record what it shows: &quot;orderdesk-cli resolve %1 --placed ORDER_ID&quot; or &quot;orderdesk-cli resolve %1 --not-placed&quot;.</source>
        <translation>订单 %1 发送期间被中断（interrupted），结果未知。请到云服务商控制台核实，然后登记结果：“orderdesk-cli resolve %1 --placed 订单号”或“orderdesk-cli resolve %1 --not-placed”。</translation>
    </message>
    <message>
        <source>Conflict: order %1 was marked as not placed by hand, but the provider has now answered that it placed it (order ID %2). The ledger shows it as placed; check the provider&apos;s console and pay or cancel it there.</source>
        <translation>冲突：订单 %1 曾被人工标记为未下单，但云服务商现在回复已下单（订单号 %2）。台账现将其显示为已下单；请到云服务商控制台核实，并在那里支付或取消。</translation>
    </message>
    <message>
        <source>Note: order %1 had already been resolved by hand; this answer was recorded in its history and did not change it.</source>
        <translation>注意：订单 %1 已经人工处理过；此回复已记入其历史记录，未改变订单状态。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <extracomment>A correction OrderDesk made to a parameter, such as removed spaces</extracomment>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>Order %1 (%2, resource %3) will be sent again with its recorded client token %4, so the provider cannot place it twice.</source>
        <translation>订单 %1（%2，资源 %3）将使用记录的客户端Token %4 重新发送，云厂商不会因此重复下单。</translation>
    </message>
    <message>
        <source>Or send it again safely, with the same client token: &quot;orderdesk-cli retry %1&quot;.</source>
        <translation>也可以使用相同的客户端Token安全地重新发送：“orderdesk-cli retry %1”。</translation>
    </message>
    <message>
        <source>Not sent: %1 With --yes, an order longer than one year also needs --allow-long-term.</source>
        <translation>未发送：%1使用 --yes 时，超过一年的订单还需要加上 --allow-long-term。</translation>
    </message>
    <message>
        <source>Technical details:</source>
        <translation>技术详情：</translation>
    </message>
    <message>
        <source>%1 Buy it for %2? Type y to confirm:</source>
        <translation>%1确定购买 %2 吗？输入 y 确认：</translation>
    </message>
</context>
<context>
    <name>OrderDesk::OrderConfirmation</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1%2 %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Buy %1 for %2, with account %3.</source>
        <translation>使用账号 %3 购买 %1，时长 %2。</translation>
    </message>
    <message>
        <source>Buy %1, with account %2.</source>
        <translation>使用账号 %2 购买 %1。</translation>
    </message>
    <message>
        <source>Sandbox: the order goes to the built-in simulator. Nothing is bought and nothing is paid.</source>
        <translation>沙箱环境：订单发往内置模拟器，不会购买任何资源，也不会产生任何费用。</translation>
    </message>
    <message>
        <source>The order will be created UNPAID: pay it in the %1 console within the provider&apos;s deadline, or it lapses.</source>
        <translation>订单将以“未支付”状态创建：请在云服务商规定的期限内到%1控制台完成支付，否则订单将失效。</translation>
    </message>
    <message>
        <source>It is paid from the account&apos;s balance at once; it cannot be taken back here.</source>
        <translation>将立即从账户余额扣款；此处无法撤回。</translation>
    </message>
    <message>
        <source>The account is charged as %1 bills this order: check in the %1 console whether it is paid.</source>
        <translation>账号将按%1对此订单的计费方式扣费：请在%1控制台核实是否已支付。</translation>
    </message>
    <message>
        <source>This order is for %1.</source>
        <translation>此订单时长为 %1。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::OrderDetails</name>
    <message>
        <source>the provider placed the order</source>
        <translation>云服务商已下单</translation>
    </message>
    <message>
        <source>the provider placed the order, order ID %1</source>
        <translation>云服务商已下单，订单号 %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>no definitive answer</source>
        <translation>没有确定的回复</translation>
    </message>
    <message>
        <source>no definitive answer (%1)</source>
        <translation>没有确定的回复（%1）</translation>
    </message>
    <message>
        <source>%1 — CONFLICT with a resolution by hand</source>
        <translation>%1 — 与人工处理结果冲突</translation>
    </message>
    <message>
        <source>%1 (marked as placed by a user)</source>
        <translation>%1（已由用户标记为已下单）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>云厂商</translation>
    </message>
    <message>
        <source>Account (profile)</source>
        <translation>账号（配置）</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>资源ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最后更新</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求ID</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>错误说明</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 状态码</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>已发送请求数</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接入地址</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Recorded before sending</source>
        <translation>发送前已记录</translation>
    </message>
    <message>
        <source>Recorded before sending, by %1</source>
        <translation>发送前已记录，操作人 %1</translation>
    </message>
    <message>
        <source>Request %1 sent</source>
        <translation>第 %1 次请求已发送</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>回复：%1</translation>
    </message>
    <message>
        <source>Late answer, after the order was marked as not placed: %1. CONFLICT.</source>
        <translation>订单被标记为未下单之后收到的迟到回复：%1。冲突。</translation>
    </message>
    <message>
        <source>Late answer, kept in the history only: %1</source>
        <translation>迟到的回复，仅记入历史：%1</translation>
    </message>
    <message>
        <source>Marked as placed by %1</source>
        <translation>由 %1 标记为已下单</translation>
    </message>
    <message>
        <source>Marked as not placed by %1</source>
        <translation>由 %1 人工标记为未下单</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Interrupted: the program sending it ended without an answer</source>
        <translation>已中断：发送它的程序在收到回复前结束</translation>
    </message>
    <message>
        <source>The program sending it stopped waiting (closed or interrupted)</source>
        <translation>发送它的程序已停止等待（被关闭或中断）</translation>
    </message>
    <message>
        <source>Reopened to send again with the same token</source>
        <translation>已重新打开，使用同一客户端Token再次发送</translation>
    </message>
    <message>
        <source>Imported from another ledger</source>
        <translation>从另一个台账导入</translation>
    </message>
    <message>
        <source>Ledger number</source>
        <translation>台账编号</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>人工处理</translation>
    </message>
    <message>
        <source>Client token</source>
        <translation>客户端Token</translation>
    </message>
    <message>
        <source>none (this provider&apos;s API has no client token)</source>
        <translation>无（该云服务商的接口不支持客户端Token）</translation>
    </message>
</context>
<context>
    <name>OrderDesk::OrderEventKindNames</name>
    <message>
        <source>Recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Late answer</source>
        <translation>迟到的回复</translation>
    </message>
    <message>
        <source>Resolved by hand</source>
        <translation>人工处理</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Stopped waiting</source>
        <translation>停止等待</translation>
    </message>
    <message>
        <source>Sent again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
</context>
<context>
    <name>OrderDesk::OrderExportColumns</name>
    <message>
        <source>Ledger ID</source>
        <translation>台账编号</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>创建时间（UTC）</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>更新时间（UTC）</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>云服务商</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>账号配置</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>资源ID</translation>
    </message>
    <message>
        <source>Subscription length</source>
        <translation>购买时长</translation>
    </message>
    <message>
        <source>Length unit</source>
        <translation>时长单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>人工确认结果</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款状态</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求ID</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>System note</source>
        <translation>系统备注</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP状态码</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接入地址</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>请求参数</translation>
    </message>
    <message>
        <source>Conflict: marked as not placed by hand, but the provider answered that it placed the order</source>
        <translation>冲突：人工标记为未下单，但云服务商回复已下单</translation>
    </message>
    <message>
        <source>Placed (confirmed by user)</source>
        <translation>已下单（用户确认）</translation>
    </message>
    <message>
        <source>Not placed (confirmed by user)</source>
        <translation>未下单（用户确认）</translation>
    </message>
    <message>
        <source>Client token</source>
        <translation>客户端Token</translation>
    </message>
</context>
<context>
    <name>OrderDesk::OrderHtml</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>OrderDesk::OrderLedger</name>
    <message>
        <source>The order ledger is not open.</source>
        <translation>订单台账未打开。</translation>
    </message>
    <message>
        <source>There is no order %1 in the ledger.</source>
        <translation>台账中没有订单 %1。</translation>
    </message>
    <message>
        <source>The folder %1 for the order ledger could not be created.</source>
        <translation>无法创建订单台账所在的文件夹 %1。</translation>
    </message>
    <message>
        <source>The file %1 is not an OrderDesk order ledger (it is not an SQLite database). It was left unchanged.</source>
        <translation>文件 %1 不是 OrderDesk 订单台账（它不是 SQLite 数据库）。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The order ledger %1 could not be opened: %2</source>
        <translation>无法打开订单台账 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another application, not an OrderDesk order ledger. It was left unchanged.</source>
        <translation>文件 %1 是其他应用程序的 SQLite 数据库，不是 OrderDesk 订单台账。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The order ledger %1 was written by a newer version of OrderDesk (ledger version %2; this version reads up to %3). Update OrderDesk to open it. The file was left unchanged.</source>
        <translation>订单台账 %1 由更高版本的 OrderDesk 写入（台账版本 %2；当前版本最高支持 %3）。请升级 OrderDesk 后再打开。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The order ledger %1 could not be upgraded to version %2: %3</source>
        <translation>无法将订单台账 %1 升级到版本 %2：%3</translation>
    </message>
    <message>
        <source>The order ledger could not be updated: %1</source>
        <translation>无法更新订单台账：%1</translation>
    </message>
    <message>
        <source>An order without a provider cannot be recorded.</source>
        <translation>未指定云服务商的订单无法记录。</translation>
    </message>
    <message>
        <source>%1 is not a valid attempt number.</source>
        <translation>%1 不是有效的尝试序号。</translation>
    </message>
    <message>
        <source>The order ledger could not be read: %1</source>
        <translation>无法读取订单台账：%1</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>Order %1 for the same resource %2 with the same account was recorded after you confirmed this one. Nothing was sent; confirm again if you really mean to order it twice.</source>
        <translation>在您确认此订单之后，同一账号已为同一资源 %2 记录了订单 %1。本订单未发送；如确实要重复下单，请再次确认。</translation>
    </message>
    <message>
        <source>The database %1 holds a schema %2 that is not an OrderDesk order ledger. It was left unchanged.</source>
        <translation>数据库 %1 中已有名为 %2 的模式，但它不是 OrderDesk 订单台账。该数据库未作任何改动。</translation>
    </message>
    <message>
        <source>The order ledger %1 was written by a newer version of OrderDesk (ledger version %2; this version reads up to %3). Update OrderDesk to open it. The database was left unchanged.</source>
        <translation>订单台账 %1 由更高版本的 OrderDesk 写入（台账版本 %2；当前版本最高支持 %3）。请升级 OrderDesk 后再打开。该数据库未作任何改动。</translation>
    </message>
    <message>
        <source>The order ledger could not be created in %1: %2</source>
        <translation>无法在 %1 中创建订单台账：%2</translation>
    </message>
    <message>
        <source>The database %1 holds no order ledger yet, and this role may not create one (%2). An administrator creates it by running &quot;orderdesk-cli ledger init&quot; on this database (again).</source>
        <translation>数据库 %1 中还没有订单台账，而此角色无权创建（%2）。请管理员在该数据库上（再次）运行“orderdesk-cli ledger init”来创建。</translation>
    </message>
    <message>
        <source>This role may not use the order ledger in %1 (%2). An administrator gives it a team member&apos;s rights with &quot;orderdesk-cli ledger grant ROLE --maker&quot; or &quot;--checker&quot;.</source>
        <translation>此角色无权使用 %1 中的订单台账（%2）。请管理员用“orderdesk-cli ledger grant 角色 --maker”或“--checker”授予其团队成员权限。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::OrderPage</name>
    <message>
        <source>Sandbox (built-in simulator)</source>
        <translation>沙箱（内置模拟器）</translation>
    </message>
    <message>
        <source>Orders go to the simulator built into OrderDesk; nothing is bought.</source>
        <translation>订单将发送到 OrderDesk 内置的模拟器，不会产生实际购买。</translation>
    </message>
    <message>
        <source>AccessKey ID: %1</source>
        <translation>AccessKey ID：%1</translation>
    </message>
    <message>
        <source>The built-in simulator could not be started, so nothing was sent. Restart OrderDesk and try again.</source>
        <translation>内置模拟器无法启动，因此未发送任何内容。请重启 OrderDesk 后重试。</translation>
    </message>
    <message>
        <source>OrderDesk knows no endpoint for region %1. Check the region, or set an endpoint in the profile.</source>
        <translation>OrderDesk 没有地域 %1 的接入地址（Endpoint）。请检查地域，或在配置中设置接入地址。</translation>
    </message>
    <message>
        <source>You cancelled the order before it was sent. Nothing was ordered.</source>
        <translation>您在发送前取消了本次下单，未订购任何内容。</translation>
    </message>
    <message>
        <source>Order with %1</source>
        <translation>向%1下单</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Reading the AccessKey from the keychain…</source>
        <translation>正在从系统钥匙串读取 AccessKey…</translation>
    </message>
    <message>
        <source>Sending the order (attempt %1)…</source>
        <translation>正在发送订单（第 %1 次尝试）…</translation>
    </message>
    <message>
        <source>Sending the order…</source>
        <translation>正在发送订单…</translation>
    </message>
    <message>
        <source>Once you have checked, record the result in the order history (entry %1): mark it as placed, with the provider&apos;s order ID, or as not placed.</source>
        <translation>核实后，请在订单历史（记录号 %1）中登记结果：标记为已下单并填写云服务商的订单号，或标记为未下单。</translation>
    </message>
    <message>
        <source>You can also send it again from the order history: it keeps its client token, so %1 cannot place it twice.</source>
        <translation>也可以在订单历史中重新发送：该订单沿用原有的客户端Token，%1不会重复下单。</translation>
    </message>
    <message>
        <source>Copied order ID %1</source>
        <translation>已复制订单号 %1</translation>
    </message>
    <message>
        <source>To order, correct the problem shown above.</source>
        <translation>请先更正上方提示的问题，才能下单。</translation>
    </message>
    <message>
        <source>To order, fill in or correct: %1.</source>
        <extracomment>%1 lists the labels of the fields that are missing or wrong, e.g. &quot;Region ID, Period&quot;</extracomment>
        <translation>下单前请填写或更正：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Shows a summary of the order to confirm; nothing is sent before you confirm.</source>
        <translation>显示订单摘要供您确认；确认之前不会发送任何内容。</translation>
    </message>
    <message>
        <source>The team ledger cannot be reached, so nothing was recorded or sent. Try again when it is connected.</source>
        <translation>无法连接团队账本，因此没有记录或发送任何内容。请在连接恢复后重试。</translation>
    </message>
    <message>
        <source>Order %1 awaits approval.</source>
        <translation>订单 %1 等待审批。</translation>
    </message>
    <message>
        <source>Team ledger</source>
        <translation>团队账本</translation>
    </message>
    <message>
        <source>The team ledger cannot be reached, so nothing can be ordered now: nothing is sent that the team ledger has not recorded.</source>
        <translation>无法连接团队账本，因此现在不能下单：团队账本未记录的订单一律不发送。</translation>
    </message>
    <message>
        <source>Recorded; waiting for approval</source>
        <translation>已记录，等待审批</translation>
    </message>
    <message>
        <source>Order %1 is in the team ledger and waits for a second person to approve it. Nothing was sent and nothing is paid yet. You will see the decision here in OrderDesk; once it is approved, send it from Team orders.</source>
        <translation>订单 %1 已记入团队账本，等待第二人审批。尚未发送，也尚未付款。审批结果会显示在 OrderDesk 中；批准后，请在“团队订单”中发送。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::OrderResolutionNames</name>
    <message>
        <source>Marked as placed by hand</source>
        <translation>人工标记为已下单</translation>
    </message>
    <message>
        <source>Marked as not placed by hand</source>
        <translation>人工标记为未下单</translation>
    </message>
</context>
<context>
    <name>OrderDesk::OrderService</name>
    <message>
        <source>The order has problems that must be corrected first. Nothing was sent.</source>
        <translation>订单存在需要先更正的问题。未发送任何内容。</translation>
    </message>
    <message>
        <source>There is no order %1 in the ledger.</source>
        <translation>台账中没有订单 %1。</translation>
    </message>
    <message>
        <source>Only an order whose outcome is unknown can be sent again; order %1 is not.</source>
        <translation>只有结果未知的订单才能重新发送；订单 %1 不是。</translation>
    </message>
    <message>
        <source>The endpoint recorded with order %1 is not valid, so it cannot be sent again.</source>
        <translation>订单 %1 记录的服务地址无效，无法重新发送。</translation>
    </message>
    <message>
        <source>The order ledger is not open, so the order cannot be recorded. Nothing was sent.</source>
        <translation>订单台账未打开，无法记录该订单。未发送任何内容。</translation>
    </message>
    <message>
        <source>%1 has no client token, so sending order %2 again could buy twice. Check the order list in the provider&apos;s console, then mark the order as placed or as not placed.</source>
        <translation>%1没有客户端Token，重新发送订单 %2 可能导致重复购买。请在云厂商控制台查看订单列表，然后将该订单标记为“已下单”或“未下单”。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::OrderStatusNames</name>
    <message>
        <source>Pending</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>Not placed (resolved by hand)</source>
        <translation>未下单（人工确认）</translation>
    </message>
</context>
<context>
    <name>OrderDesk::OrderSummary</name>
    <message>
        <source>Provider</source>
        <translation>云厂商</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>服务地址</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>接口操作</translation>
    </message>
</context>
<context>
    <name>OrderDesk::OrderTableModel</name>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>云服务商</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>账号配置</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>资源ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求ID</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Marked as not placed by hand, but the provider answered that it placed this order. Open the details.</source>
        <translation>人工标记为未下单，但云服务商回复已下单。请打开详情查看。</translation>
    </message>
    <message>
        <source>⚠ %1 — conflict</source>
        <translation>⚠ %1 — 冲突</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款状态</translation>
    </message>
</context>
<context>
    <name>OrderDesk::OrderTerm</name>
    <message>
        <source>Day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
</context>
<context>
    <name>OrderDesk::OrderTransitions</name>
    <message>
        <source>An attempt can only be recorded for a pending order; order %1 is not pending.</source>
        <translation>只能为处理中的订单记录发送尝试；订单 %1 不在处理中。</translation>
    </message>
    <message>
        <source>Only succeeded, rejected or unknown is an answer of the provider.</source>
        <translation>云服务商的回复只能是成功、被拒绝或结果未知。</translation>
    </message>
    <message>
        <source>Say whether the order was placed or not.</source>
        <translation>请说明订单是否已下单。</translation>
    </message>
    <message>
        <source>Order %1 is being sent right now (by %2), and the provider may still answer. Wait for the answer; resolve it only if its outcome stays unknown.</source>
        <translation>订单 %1 正在发送中（%2），云服务商仍可能回复。请等待回复；只有结果仍然未知时才进行人工处理。</translation>
    </message>
    <message>
        <source>Only an order whose outcome is unknown can be marked as placed or as not placed; the outcome of order %1 is already final.</source>
        <translation>只有结果未知的订单才能标记为已下单或未下单；订单 %1 的结果已经确定。</translation>
    </message>
    <message>
        <source>Order %1 is not an interrupted pending order.</source>
        <translation>订单 %1 不是被中断的处理中订单。</translation>
    </message>
    <message>
        <source>Order %1 is not being sent by this process.</source>
        <translation>订单 %1 并非由本进程发送。</translation>
    </message>
    <message>
        <source>Only an order whose outcome is unknown can be sent again; order %1 is not.</source>
        <translation>只有结果未知的订单才能重新发送；订单 %1 不是。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::OrderXlsxExport</name>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>More orders match than one worksheet holds (%1). Narrow the filter, or export them as CSV.</source>
        <translation>符合条件的订单超过一个工作表的容量（%1 行）。请缩小筛选范围，或导出为 CSV 文件。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::OutcomeReport</name>
    <message>
        <source>%1 accepted the order. It is recorded in the order history as entry %2.</source>
        <translation>%1已受理该订单，并已记入订单历史，记录号为 %2。</translation>
    </message>
    <message>
        <source>%1 rejected the order; nothing was bought.</source>
        <translation>%1拒绝了该订单，未购买任何内容。</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>Provider&apos;s message: %1</source>
        <translation>云服务商返回的信息：%1</translation>
    </message>
    <message>
        <source>Outcome unknown: the order may have been placed.</source>
        <translation>结果未知：订单可能已下单成功。</translation>
    </message>
    <message>
        <source>Not sent; nothing was bought.</source>
        <translation>未发送，未购买任何内容。</translation>
    </message>
    <message>
        <source>Troubleshooting: %1</source>
        <translation>排查建议：%1</translation>
    </message>
    <message>
        <source>Order created — awaiting payment in the %1 console</source>
        <translation>订单已创建 — 待在%1控制台支付</translation>
    </message>
    <message>
        <source>Order placed and paid</source>
        <translation>已下单并已支付</translation>
    </message>
    <message>
        <source>Order placed — check its payment in the %1 console</source>
        <translation>已下单 — 请在%1控制台核实支付情况</translation>
    </message>
    <message>
        <source>Technical details (for support): %1</source>
        <translation>技术信息（供技术支持）：%1</translation>
    </message>
</context>
<context>
    <name>OrderDesk::OutcomeText</name>
    <message>
        <source>Volcengine did not answer in time, or the connection broke after the order was sent, so the order may or may not have been placed. Check the orders in the Volcengine billing centre before ordering again. If you send it again with the same client token, Volcengine will not create a second order.</source>
        <translation>火山引擎未按时应答，或订单发出后连接中断，因此无法确定订单是否已创建。再次下单前，请先在火山引擎费用中心查看订单。如使用相同的客户端Token重新发送，火山引擎不会重复创建订单。</translation>
    </message>
    <message>
        <source>Volcengine answered, but the answer could not be read or reported an internal error, so the order may or may not have been placed. Check the orders in the Volcengine billing centre before ordering again. If you send it again with the same client token, Volcengine will not create a second order.</source>
        <translation>火山引擎已应答，但应答无法读取或报告了内部错误，因此无法确定订单是否已创建。再次下单前，请先在火山引擎费用中心查看订单。如使用相同的客户端Token重新发送，火山引擎不会重复创建订单。</translation>
    </message>
    <message>
        <source>Alibaba Cloud did not answer in time, or the connection broke after the order was sent, so the order may or may not have been placed. Check the orders under Expenses and Costs in the Alibaba Cloud console before ordering again. If you send it again with the same client token, Alibaba Cloud will not create a second order.</source>
        <translation>阿里云未按时应答，或订单发出后连接中断，因此无法确定订单是否已创建。再次下单前，请先在阿里云控制台的“费用与成本”中查看订单。如使用相同的客户端Token重新发送，阿里云不会重复创建订单。</translation>
    </message>
    <message>
        <source>Alibaba Cloud answered, but the answer could not be read or reported an internal error, so the order may or may not have been placed. Check the orders under Expenses and Costs in the Alibaba Cloud console before ordering again. If you send it again with the same client token, Alibaba Cloud will not create a second order.</source>
        <translation>阿里云已应答，但应答无法读取或报告了内部错误，因此无法确定订单是否已创建。再次下单前，请先在阿里云控制台的“费用与成本”中查看订单。如使用相同的客户端Token重新发送，阿里云不会重复创建订单。</translation>
    </message>
    <message>
        <source>The provider did not answer in time, or the connection broke after the order was sent, so the order may or may not have been placed. Check the orders in the provider&apos;s console before ordering again.</source>
        <translation>云服务商未按时应答，或订单发出后连接中断，因此无法确定订单是否已创建。再次下单前，请先在云服务商控制台中核对订单。</translation>
    </message>
    <message>
        <source>The provider answered, but the answer could not be read or reported an internal error, so the order may or may not have been placed. Check the orders in the provider&apos;s console before ordering again.</source>
        <translation>云服务商已应答，但应答无法读取或报告了内部错误，因此无法确定订单是否已创建。再次下单前，请先在云服务商控制台中核对订单。</translation>
    </message>
    <message>
        <source>The order was not sent: %1 uses plain http://, which is allowed only for the local simulator on 127.0.0.1. Use an https:// endpoint. Nothing was ordered.</source>
        <translation>订单未发送：%1 使用明文 http://，该方式仅允许用于本机 127.0.0.1 上的本地模拟器。请改用 https:// 端点。本次未下单。</translation>
    </message>
    <message>
        <source>The order was not sent: the extra CA certificate file %1 could not be read or holds no PEM certificate. Correct the file in the network settings. Nothing was ordered.</source>
        <translation>订单未发送：额外的 CA 证书文件 %1 无法读取，或其中没有 PEM 格式的证书。请在网络设置中更正该文件。本次未下单。</translation>
    </message>
    <message>
        <source>The order was not sent: the AccessKey ID or secret is empty. Complete the AccessKey in the profile. Nothing was ordered.</source>
        <translation>订单未发送：AccessKey ID 或 Secret 为空。请在配置中补全 AccessKey。本次未下单。</translation>
    </message>
    <message>
        <source>The order was not sent: the server %1 could not be found. Check the network connection, the DNS settings and the endpoint. Nothing was ordered.</source>
        <translation>订单未发送：找不到服务器 %1。请检查网络连接、DNS 设置和端点地址。本次未下单。</translation>
    </message>
    <message>
        <source>The order was not sent: OrderDesk could not connect to %1. Check the network connection, the firewall and the endpoint. Nothing was ordered.</source>
        <translation>订单未发送：OrderDesk 无法连接到 %1。请检查网络连接、防火墙和端点地址。本次未下单。</translation>
    </message>
    <message>
        <source>The order was not sent: the secure connection (TLS) to %1 could not be verified. If your company&apos;s proxy inspects TLS, add its CA certificate in the network settings; otherwise do not send orders over this network. Nothing was ordered.</source>
        <translation>订单未发送：无法验证与 %1 的安全连接（TLS）。如果贵公司的代理会检查 TLS 流量，请在网络设置中添加其 CA 证书；否则请不要通过此网络发送订单。本次未下单。</translation>
    </message>
    <message>
        <source>The order was not sent: the proxy did not forward the connection to %1. Check the proxy settings. Nothing was ordered.</source>
        <translation>订单未发送：代理未能转发到 %1 的连接。请检查代理设置。本次未下单。</translation>
    </message>
    <message>
        <source>The order was not sent: no connection to %1 could be established within %2 seconds. Check the network connection and the proxy settings. Nothing was ordered.</source>
        <translation>订单未发送：在 %2 秒内未能与 %1 建立连接。请检查网络连接和代理设置。本次未下单。</translation>
    </message>
    <message>
        <source>The order was not sent: a network error occurred before the request left this computer. Nothing was ordered.</source>
        <translation>订单未发送：请求离开本机之前发生了网络错误。本次未下单。</translation>
    </message>
    <message>
        <source>The order was not sent: the certificate presented by %1 is issued for a different server name, so the connection may have been intercepted. Check the endpoint address; adding a CA certificate does not fix this. Nothing was ordered.</source>
        <translation>订单未发送：%1 出示的证书签发给其他服务器名称，连接可能已被拦截。请检查接入地址（Endpoint）；添加 CA 证书无法解决此问题。本次未下单。</translation>
    </message>
    <message>
        <source>Huawei Cloud did not answer in time, or the connection broke after the order was sent, so the order may or may not have been placed. Check My Orders in the Huawei Cloud Billing Center before ordering again. OrderDesk did not send the order again: this API has no client token, so a second copy could create a second order.</source>
        <translation>华为云未按时应答，或订单发出后连接中断，因此无法确定订单是否已创建。再次下单前，请先在华为云费用中心的“我的订单”中核对。OrderDesk 没有重新发送该订单：该接口不支持客户端Token，再次发送可能会产生第二笔订单。</translation>
    </message>
    <message>
        <source>Huawei Cloud answered, but the answer could not be read or reported an internal error, so the order may or may not have been placed. Check My Orders in the Huawei Cloud Billing Center before ordering again. OrderDesk did not send the order again: this API has no client token, so a second copy could create a second order.</source>
        <translation>华为云已应答，但应答无法读取或报告了内部错误，因此无法确定订单是否已创建。再次下单前，请先在华为云费用中心的“我的订单”中核对。OrderDesk 没有重新发送该订单：该接口不支持客户端Token，再次发送可能会产生第二笔订单。</translation>
    </message>
    <message>
        <source>UniCloud did not answer in time, or the connection broke after the order was sent, so the order may or may not have been placed. Check the order list in the UniCloud console before ordering again. OrderDesk did not send the order again: UniCloud&apos;s API has no client token, so a second copy could create a second order.</source>
        <translation>紫光云未按时应答，或订单发出后连接中断，因此无法确定订单是否已创建。再次下单前，请先在紫光云控制台的订单列表中核对。OrderDesk 没有重新发送该订单：紫光云的接口不支持客户端Token，再次发送可能会产生第二笔订单。</translation>
    </message>
    <message>
        <source>UniCloud answered, but the answer could not be read or reported an internal error, so the order may or may not have been placed. Check the order list in the UniCloud console before ordering again. OrderDesk did not send the order again: UniCloud&apos;s API has no client token, so a second copy could create a second order.</source>
        <translation>紫光云已应答，但应答无法读取或报告了内部错误，因此无法确定订单是否已创建。再次下单前，请先在紫光云控制台的订单列表中核对。OrderDesk 没有重新发送该订单：紫光云的接口不支持客户端Token，再次发送可能会产生第二笔订单。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::PaymentStateNames</name>
    <message>
        <source>Paid at once</source>
        <translation>已即时支付</translation>
    </message>
    <message>
        <source>Awaiting payment in the console</source>
        <translation>待在控制台支付</translation>
    </message>
    <message>
        <source>Check payment in the console</source>
        <translation>请在控制台核实支付情况</translation>
    </message>
</context>
<context>
    <name>OrderDesk::ProductCellDelegate</name>
    <message>
        <source>Code: %1</source>
        <extracomment>The tooltip of a choice: %1 is the code the provider receives</extracomment>
        <translation>代码：%1</translation>
    </message>
</context>
<context>
    <name>OrderDesk::ProductFacts</name>
    <message>
        <source>Resource type</source>
        <translation>资源类型</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>规格说明</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Size unit (measure ID)</source>
        <translation>容量单位（度量 ID）</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>资源名称</translation>
    </message>
    <message>
        <source>Resource names</source>
        <translation>资源名称列表</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Usage unit (measure ID)</source>
        <translation>用量单位（度量 ID）</translation>
    </message>
    <message>
        <source>Usage factor</source>
        <translation>用量因子</translation>
    </message>
    <message>
        <source>Cloud service type</source>
        <translation>云服务类型</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>产品 ID</translation>
    </message>
    <message>
        <source>Display ID</source>
        <translation>显示 ID</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>OrderDesk::ProductInfosEditor</name>
    <message>
        <source>Add produc&amp;t</source>
        <translation>添加产品(&amp;T)</translation>
    </message>
    <message>
        <source>Remo&amp;ve product</source>
        <translation>删除产品(&amp;V)</translation>
    </message>
    <message>
        <source>Products to buy</source>
        <translation>待购买的产品</translation>
    </message>
    <message>
        <source>%1
In Huawei Cloud&apos;s API: %2</source>
        <extracomment>A column&apos;s tooltip: %1 says what it holds, %2 is the name Huawei Cloud&apos;s API gives it</extracomment>
        <translation>%1
华为云 API 中的名称：%2</translation>
    </message>
</context>
<context>
    <name>OrderDesk::ProfileEditDialog</name>
    <message>
        <source>Add profile</source>
        <translation>添加账号配置</translation>
    </message>
    <message>
        <source>Edit profile &quot;%1&quot;</source>
        <translation>编辑账号配置“%1”</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>unchanged — type to replace</source>
        <translation>未更改 — 输入新值以替换</translation>
    </message>
    <message>
        <source>The AccessKey secret goes straight to the system keychain. OrderDesk never shows it again.</source>
        <translation>AccessKey Secret 直接保存到系统钥匙串，OrderDesk 不会再次显示。</translation>
    </message>
    <message>
        <source>empty: the provider&apos;s own endpoint</source>
        <translation>留空：使用云厂商的默认服务地址</translation>
    </message>
    <message>
        <source>empty: %1</source>
        <translation>留空：%1</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; belongs to the built-in sandbox. Choose another name.</source>
        <translation>名称“%1”为内置沙箱专用，请换一个名称。</translation>
    </message>
    <message>
        <source>There is already a profile with this name for this provider.</source>
        <translation>该云厂商下已有同名的账号配置。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>Saving to the system keychain…</source>
        <translation>正在保存到系统钥匙串…</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>账号配置未保存</translation>
    </message>
</context>
<context>
    <name>OrderDesk::ProfilesCommand</name>
    <message>
        <source>Unknown profiles command &quot;%1&quot;: use list, add or remove.</source>
        <translation>未知的 profiles 子命令“%1”：请使用 list、add 或 remove。</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with &quot;orderdesk-cli profiles add PROVIDER NAME --access-key-id AK&quot;.</source>
        <translation>还没有配置。可使用“orderdesk-cli profiles add PROVIDER NAME --access-key-id AK”添加。</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>地域 %1</translation>
    </message>
    <message>
        <source>&quot;profiles add&quot; takes a provider and a profile name, e.g. &quot;profiles add aliyun finance --access-key-id LTAI…&quot;.</source>
        <translation>“profiles add”需要云厂商和配置名称，例如“profiles add aliyun finance --access-key-id LTAI…”。</translation>
    </message>
    <message>
        <source>&quot;profiles add&quot; needs --access-key-id AK.</source>
        <translation>“profiles add”需要 --access-key-id AK。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>AccessKey secret (not shown):</source>
        <translation>AccessKey 密钥（输入时不显示）：</translation>
    </message>
    <message>
        <source>No secret given; the profile was not saved.</source>
        <translation>未提供密钥，配置未保存。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; for %2 saved; its secret is in the system keychain.</source>
        <translation>%2的配置“%1”已保存；其密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>&quot;profiles remove&quot; takes a provider and a profile name.</source>
        <translation>“profiles remove”需要云厂商和配置名称。</translation>
    </message>
    <message>
        <source>There is no %1 profile named &quot;%2&quot;.</source>
        <translation>没有名为“%2”的%1配置。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; for %2 removed, with its secret.</source>
        <translation>%2的配置“%1”及其密钥已删除。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::ProfilesDialog</name>
    <message>
        <source>built-in simulator</source>
        <translation>内置模拟器</translation>
    </message>
    <message>
        <source>provider default</source>
        <translation>云厂商默认</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Built in: orders go to a simulator on this computer. It cannot be edited or removed.</source>
        <translation>内置：订单发往本机上的模拟器，不可编辑或删除。</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>删除账号配置</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; of %2? Its secret is deleted from the keychain; orders already placed stay in the history.</source>
        <translation>确定删除%2的账号配置“%1”吗？其 Secret 将从钥匙串中删除；已下的订单仍保留在订单历史中。</translation>
    </message>
    <message>
        <source>Removing the profile…</source>
        <translation>正在删除账号配置…</translation>
    </message>
    <message>
        <source>Profile not removed</source>
        <translation>账号配置未删除</translation>
    </message>
</context>
<context>
    <name>OrderDesk::Provider</name>
    <message>
        <source>%1 is not a parameter of this order.</source>
        <translation>%1 不是此订单的参数。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <source>%1 must not be only spaces.</source>
        <translation>%1 不能只包含空格。</translation>
    </message>
    <message>
        <source>%1 must not start or end with a space.</source>
        <translation>%1 的开头和结尾不能有空格。</translation>
    </message>
    <message>
        <source>%1 contains control or invisible characters.</source>
        <translation>%1 包含控制字符或不可见字符。</translation>
    </message>
    <message>
        <source>%1 may be at most %2 characters long.</source>
        <translation>%1 最多只能有 %2 个字符。</translation>
    </message>
    <message>
        <source>%1 may contain only printable ASCII characters (letters, digits, punctuation).</source>
        <translation>%1 只能包含可打印的 ASCII 字符（字母、数字、标点）。</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 必须是整数。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 必须在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 必须是 true 或 false。</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 必须是以下值之一：%2。</translation>
    </message>
    <message>
        <source>%1 must be a JSON array.</source>
        <translation>%1 必须是 JSON 数组。</translation>
    </message>
    <message>
        <source>%1 must list at least one entry.</source>
        <translation>%1 至少需要包含一项。</translation>
    </message>
    <message>
        <source>%1 starts with %2, for example %3.</source>
        <translation>%1 应以 %2 开头，例如 %3。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::ResolveCommand</name>
    <message>
        <source>&quot;resolve&quot; takes the ledger number of one order, e.g. &quot;resolve 12 --placed ORDER_ID&quot;.</source>
        <translation>“resolve”需要一个订单的台账编号，例如“resolve 12 --placed ORDER_ID”。</translation>
    </message>
    <message>
        <source>Say what the provider&apos;s console shows: --placed ORDER_ID or --not-placed.</source>
        <translation>请说明云厂商控制台中的情况：--placed ORDER_ID 或 --not-placed。</translation>
    </message>
    <message>
        <source>--placed needs the provider&apos;s order ID.</source>
        <translation>--placed 需要云厂商的订单号。</translation>
    </message>
    <message>
        <source>Order %1 is recorded as placed, with order ID %2.</source>
        <translation>订单 %1 已登记为已下单，订单号 %2。</translation>
    </message>
    <message>
        <source>Order %1 is recorded as not placed.</source>
        <translation>订单 %1 已登记为未下单。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::ResolveOrderDialog</name>
    <message>
        <source>Resolve order %1</source>
        <translation>处理订单 %1 的结果</translation>
    </message>
    <message>
        <source>OrderDesk has no definitive answer for order %1: it may or may not have been placed. Open the order list in the %2 console of account %3, look for resource %4 around %5, and record what you found.</source>
        <translation>OrderDesk 未收到订单 %1 的确定应答：该订单可能已下单，也可能未下单。请打开%2控制台中账号 %3 的订单列表，查找 %5 前后资源 %4 的订单，并登记核实结果。</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
</context>
<context>
    <name>OrderDesk::SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation>使用系统代理设置</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动配置</translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation>选择 CA 证书包</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Proxy incomplete</source>
        <translation>代理设置不完整</translation>
    </message>
    <message>
        <source>A manual proxy needs a host and a port between 1 and 65535.</source>
        <translation>手动代理需要填写主机和 1 到 65535 之间的端口。</translation>
    </message>
    <message>
        <source>CA bundle not usable</source>
        <translation>CA 证书包不可用</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace it</source>
        <translation>已保存在钥匙串中；输入新密码即可替换</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Enter the proxy user the password belongs to.</source>
        <translation>请填写该密码所属的代理用户名。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>Proxy password not saved</source>
        <translation>代理密码未保存</translation>
    </message>
    <message>
        <source>kept in the keychain; type to replace it</source>
        <translation>保存在钥匙串中；输入新密码即可替换</translation>
    </message>
    <message>
        <source>Team ledger address not usable</source>
        <translation>团队账本地址不可用</translation>
    </message>
    <message>
        <source>Team ledger password not saved</source>
        <translation>团队账本密码未保存</translation>
    </message>
</context>
<context>
    <name>OrderDesk::TeamCommand</name>
    <message>
        <source>&quot;ledger %1&quot; works on a team ledger: give its address with --ledger postgresql://ROLE@HOST:PORT/DATABASE or ORDERDESK_LEDGER.</source>
        <translation>“ledger %1”用于团队账本：请用 --ledger postgresql://角色@主机:端口/数据库 或 ORDERDESK_LEDGER 给出其地址。</translation>
    </message>
    <message>
        <source>&quot;ledger init&quot; takes the team ledger&apos;s address.</source>
        <translation>“ledger init”需要团队账本的地址。</translation>
    </message>
    <message>
        <source>&quot;ledger init&quot; needs a postgresql://ROLE@HOST:PORT/DATABASE address.</source>
        <translation>“ledger init”需要一个 postgresql://角色@主机:端口/数据库 地址。</translation>
    </message>
    <message>
        <source>The team ledger is ready at %1. Give people their rights with &quot;orderdesk-cli ledger grant ROLE --maker&quot; (prepare and send) or &quot;--checker&quot; (approve).</source>
        <translation>团队账本已在 %1 就绪。请用“orderdesk-cli ledger grant 角色 --maker”（准备和发送）或“--checker”（审批）为成员授权。</translation>
    </message>
    <message>
        <source>&quot;ledger grant&quot; takes one database role and --maker, --checker or both.</source>
        <translation>“ledger grant”需要一个数据库角色，以及 --maker、--checker 或两者。</translation>
    </message>
    <message>
        <source>%1 may now %2.</source>
        <translation>%1 现在可以%2。</translation>
    </message>
    <message>
        <source>prepare, send, approve and decline orders (never their own)</source>
        <translation>准备、发送、批准和拒绝订单（不能审批自己的订单）</translation>
    </message>
    <message>
        <source>prepare and send orders</source>
        <translation>准备和发送订单</translation>
    </message>
    <message>
        <source>approve and decline orders of others</source>
        <translation>批准和拒绝他人的订单</translation>
    </message>
    <message>
        <source>--approval longer-than-months needs a number of months, e.g. &quot;--approval longer-than-months 12&quot;.</source>
        <translation>--approval longer-than-months 需要月数，例如“--approval longer-than-months 12”。</translation>
    </message>
    <message>
        <source>--approval takes all, none or longer-than-months N.</source>
        <translation>--approval 可用：all、none 或 longer-than-months N。</translation>
    </message>
    <message>
        <source>--expiry-hours takes a number of hours above 0.</source>
        <translation>--expiry-hours 需要一个大于 0 的小时数。</translation>
    </message>
    <message>
        <source>every order needs a second person&apos;s approval</source>
        <translation>每个订单都需要另一人审批</translation>
    </message>
    <message>
        <source>no order needs approval</source>
        <translation>订单无需审批</translation>
    </message>
    <message numerus="yes">
        <source>orders longer than %n month(s) need a second person&apos;s approval</source>
        <translation>
            <numerusform>时长超过 %n 个月的订单需要另一人审批</numerusform>
        </translation>
    </message>
    <message>
        <source>Team ledger rules: %1; an approval holds for %2 hours; the same resource is not ordered twice within %3 hours.</source>
        <translation>团队账本规则：%1；审批有效期 %2 小时；同一资源在 %3 小时内不会重复下单。</translation>
    </message>
    <message>
        <source>Every order&apos;s history in the team ledger is intact.</source>
        <translation>团队账本中每个订单的历史记录都完好无损。</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>订单 %1：%2</translation>
    </message>
    <message>
        <source>The team ledger was changed outside OrderDesk. Keep a copy of the database as it is and tell its administrator.</source>
        <translation>团队账本在 OrderDesk 之外被改动过。请保留数据库当前状态的副本，并告知其管理员。</translation>
    </message>
    <message>
        <source>Give the team ledger&apos;s address with --ledger.</source>
        <translation>请用 --ledger 给出团队账本的地址。</translation>
    </message>
    <message>
        <source>Password of %1 for %2:</source>
        <translation>%1 在 %2 的密码：</translation>
    </message>
    <message>
        <source>The password was removed from the system keychain.</source>
        <translation>密码已从系统钥匙串中删除。</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain.</source>
        <translation>密码已保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Approvals exist on a team ledger only: give its address with --ledger.</source>
        <translation>审批只存在于团队账本中：请用 --ledger 给出其地址。</translation>
    </message>
    <message>
        <source>No order is waiting for approval.</source>
        <translation>没有等待审批的订单。</translation>
    </message>
    <message>
        <source>Order %1, prepared by %2 at %3:</source>
        <translation>订单 %1，由 %2 于 %3 准备：</translation>
    </message>
    <message>
        <source>Its approval by %1 expired at %2.</source>
        <translation>%1 的审批已于 %2 过期。</translation>
    </message>
    <message>
        <source>&quot;approve&quot; takes the ledger number of one order, e.g. &quot;approve 12&quot;.</source>
        <translation>“approve”需要一个订单的账本编号，例如“approve 12”。</translation>
    </message>
    <message>
        <source>Order %1&apos;s parameters do not match their recorded hash; it is not approved. Run &quot;orderdesk-cli ledger verify&quot;.</source>
        <translation>订单 %1 的参数与记录的哈希不符，未予批准。请运行“orderdesk-cli ledger verify”。</translation>
    </message>
    <message>
        <source>Prepared by %1 at %2.</source>
        <translation>由 %1 于 %2 准备。</translation>
    </message>
    <message>
        <source>Approve order %1 so that it can be sent and paid? Type y to confirm:</source>
        <translation>批准订单 %1，使其可以发送并付款？输入 y 确认：</translation>
    </message>
    <message>
        <source>Not approved; nothing was changed.</source>
        <translation>未批准；没有任何改动。</translation>
    </message>
    <message>
        <source>Order %1 is approved until %2. Whoever has the right may now send it: &quot;orderdesk-cli send %1&quot;.</source>
        <translation>订单 %1 已批准，有效期至 %2。有权限的人现在可以发送它：“orderdesk-cli send %1”。</translation>
    </message>
    <message>
        <source>&quot;decline&quot; takes the ledger number of one order and --reason, e.g. &quot;decline 12 --reason …&quot;.</source>
        <translation>“decline”需要一个订单的账本编号和 --reason，例如“decline 12 --reason …”。</translation>
    </message>
    <message>
        <source>Order %1 is declined; %2 will see your reason.</source>
        <translation>订单 %1 已拒绝；%2 会看到您的理由。</translation>
    </message>
    <message>
        <source>&quot;withdraw&quot; takes the ledger number of one order.</source>
        <translation>“withdraw”需要一个订单的账本编号。</translation>
    </message>
    <message>
        <source>Withdrawing works on a team ledger only: give its address with --ledger.</source>
        <translation>撤回只适用于团队账本：请用 --ledger 给出其地址。</translation>
    </message>
    <message>
        <source>Order %1 is withdrawn; it will not be sent.</source>
        <translation>订单 %1 已撤回，不会被发送。</translation>
    </message>
    <message>
        <source>&quot;send&quot; takes the ledger number of one approved order, e.g. &quot;send 12&quot;.</source>
        <translation>“send”需要一个已批准订单的账本编号，例如“send 12”。</translation>
    </message>
    <message>
        <source>&quot;send&quot; sends approved orders of a team ledger: give its address with --ledger.</source>
        <translation>“send”发送团队账本中已批准的订单：请用 --ledger 给出其地址。</translation>
    </message>
    <message>
        <source>Warning: the team ledger holds order %1 for the same resource %2 with the same account, prepared by %3 at %4 (%5). Ordering it again may pay twice.</source>
        <translation>警告：团队账本中已有同一账号对同一资源 %2 的订单 %1，由 %3 于 %4 准备（%5）。再次下单可能重复付款。</translation>
    </message>
    <message>
        <source>Order this resource a second time? Type y to confirm:</source>
        <translation>再次为该资源下单？输入 y 确认：</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was recorded or sent.</source>
        <translation>未确认；没有记录或发送任何内容。</translation>
    </message>
    <message>
        <source>Place this order and pay for it (after approval, where the team&apos;s rules ask for one)? Type y to confirm:</source>
        <translation>下单并付款（团队规则要求审批时，在审批之后）？输入 y 确认：</translation>
    </message>
    <message>
        <source>Order %1 is recorded in the team ledger and awaits approval by a second person. Nothing was sent yet. After approval, send it with &quot;orderdesk-cli send %1&quot;.</source>
        <translation>订单 %1 已记入团队账本，等待另一人审批。尚未发送任何内容。审批通过后，用“orderdesk-cli send %1”发送。</translation>
    </message>
    <message>
        <source>The outcome of order %1 could not be recorded in the team ledger: %2 This computer&apos;s own ledger holds it; record it in the team ledger with &quot;orderdesk-cli resolve&quot; once it is back.</source>
        <translation>订单 %1 的结果无法记入团队账本：%2 本机账本已记录该结果；团队账本恢复后，请用“orderdesk-cli resolve”记入。</translation>
    </message>
    <message>
        <source>no answer came.</source>
        <translation>没有收到答复。</translation>
    </message>
    <message>
        <source>&quot;ledger&quot; takes init, grant, policy, verify, password or import.</source>
        <translation>“ledger”可用：init、grant、policy、verify、password 或 import。</translation>
    </message>
    <message>
        <source>&quot;ledger import&quot; takes one ledger file of OrderDesk (ledger.sqlite).</source>
        <translation>“ledger import”需要一个 OrderDesk 账本文件（ledger.sqlite）。</translation>
    </message>
    <message>
        <source>There is no ledger file %1.</source>
        <translation>账本文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何订单：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln order(s) moved into the team ledger with their history (%2 events), as orders %3 to %4.</source>
        <translation>
            <numerusform>%1：%Ln 个订单连同其历史记录（%2 个事件）已迁入团队账本，编号为 %3 至 %4。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no order was moved.</source>
        <translation>%1：没有订单被迁入。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) of the file were already in the team ledger, from an earlier import, and were skipped.</source>
        <translation>
            <numerusform>文件中有 %Ln 个订单已在之前的导入中进入团队账本，已跳过。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDesk::TeamDecisionDialog</name>
    <message>
        <source>Approve order %1</source>
        <translation>批准订单 %1</translation>
    </message>
    <message>
        <source>Approve order %1, prepared by %2? Once approved, it may be sent and paid for as shown below; any change to it withdraws your approval.</source>
        <translation>批准由 %2 准备的订单 %1？批准后，它可以按下方所示发送并付款；订单的任何改动都会撤销您的批准。</translation>
    </message>
    <message>
        <source>Co&amp;mment (optional):</source>
        <translation>备注（可选）(&amp;M)：</translation>
    </message>
    <message>
        <source>The comment is kept with your approval in the team ledger.</source>
        <translation>备注会与您的批准一起保存在团队账本中。</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>Decline order %1</source>
        <translation>拒绝订单 %1</translation>
    </message>
    <message>
        <source>Decline order %1, prepared by %2? It will not be sent; %2 sees your reason.</source>
        <translation>拒绝由 %2 准备的订单 %1？该订单不会发送；%2 会看到您的理由。</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>理由（必填）(&amp;R)：</translation>
    </message>
    <message>
        <source>Say why, so that %1 knows what to change.</source>
        <translation>请说明原因，以便 %1 知道要修改什么。</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>拒绝(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>OrderDesk::TeamHashChain</name>
    <message>
        <source>The order&apos;s parameters do not match their recorded hash.</source>
        <translation>订单参数与记录的哈希不符。</translation>
    </message>
    <message>
        <source>The order has no history.</source>
        <translation>该订单没有历史记录。</translation>
    </message>
    <message>
        <source>Event %1 is out of sequence (expected %2).</source>
        <translation>事件 %1 的序号不连续（应为 %2）。</translation>
    </message>
    <message>
        <source>Event %1 does not follow the event before it (a link of the chain is broken).</source>
        <translation>事件 %1 与前一事件衔接不上（哈希链断开）。</translation>
    </message>
    <message>
        <source>Event %1 was changed after it was written (its hash does not match).</source>
        <translation>事件 %1 在写入后被改动过（哈希不符）。</translation>
    </message>
    <message>
        <source>The order is recorded as &quot;%1&quot;, but its last event says &quot;%2&quot;.</source>
        <translation>订单记录为“%1”，但其最后一个事件为“%2”。</translation>
    </message>
    <message>
        <source>The order&apos;s parameters are not the ones its history recorded.</source>
        <translation>订单参数与其历史记录中的不一致。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::TeamHistoryCommand</name>
    <message>
        <source>Unknown status &quot;%1&quot;. Choose one of: %2.</source>
        <translation>未知状态“%1”。可选：%2。</translation>
    </message>
    <message>
        <source>--limit needs a positive whole number.</source>
        <translation>--limit 需要一个正整数。</translation>
    </message>
    <message>
        <source>&quot;history show&quot; takes the ledger number of one order.</source>
        <translation>“history show”需要一个订单的台账编号。</translation>
    </message>
    <message>
        <source>Unknown history command &quot;%1&quot;.</source>
        <translation>未知的 history 子命令“%1”。</translation>
    </message>
    <message>
        <source>No orders match.</source>
        <translation>没有符合条件的订单。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>云厂商</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Order ID / error</source>
        <translation>订单号 / 错误</translation>
    </message>
    <message>
        <source>(the newest %1 orders are shown; use --limit N for more)</source>
        <translation>（显示最新的 %1 个订单；用 --limit N 查看更多）</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>历史记录：</translation>
    </message>
</context>
<context>
    <name>OrderDesk::TeamLedger</name>
    <message>
        <source>This installation of OrderDesk cannot reach a team ledger: Qt&apos;s PostgreSQL driver (QPSQL) is missing.</source>
        <translation>此 OrderDesk 安装无法连接团队账本：缺少 Qt 的 PostgreSQL 驱动（QPSQL）。</translation>
    </message>
    <message>
        <source>This team ledger was made by a newer OrderDesk (schema version %1). Update OrderDesk.</source>
        <translation>此团队账本由更新版本的 OrderDesk 创建（结构版本 %1）。请更新 OrderDesk。</translation>
    </message>
    <message>
        <source>There is no database role &quot;%1&quot;. Create it first, e.g. CREATE ROLE %1 LOGIN PASSWORD &apos;…&apos;.</source>
        <translation>不存在数据库角色“%1”。请先创建，例如 CREATE ROLE %1 LOGIN PASSWORD &apos;…&apos;。</translation>
    </message>
    <message>
        <source>The order&apos;s row is missing; its history remains.</source>
        <translation>订单记录已缺失，但其历史记录仍在。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::TeamLedgerError</name>
    <message>
        <source>You have no right to prepare or send orders in this team ledger. Ask its administrator to run &quot;orderdesk-cli ledger grant YOUR_ROLE --maker&quot;. (%1)</source>
        <translation>您无权在此团队账本中准备或发送订单。请让管理员运行“orderdesk-cli ledger grant 您的角色 --maker”。（%1）</translation>
    </message>
    <message>
        <source>You have no right to approve or decline orders in this team ledger. Ask its administrator to run &quot;orderdesk-cli ledger grant YOUR_ROLE --checker&quot;. (%1)</source>
        <translation>您无权在此团队账本中批准或拒绝订单。请让管理员运行“orderdesk-cli ledger grant 您的角色 --checker”。（%1）</translation>
    </message>
    <message>
        <source>You prepared this order, so you cannot approve or decline it: a second person must check it. (%1)</source>
        <translation>此订单由您准备，您不能批准或拒绝它：必须由另一人审核。（%1）</translation>
    </message>
    <message>
        <source>There is no such order in the team ledger. (%1)</source>
        <translation>团队账本中没有该订单。（%1）</translation>
    </message>
    <message>
        <source>This order is not waiting for approval (any more): someone decided it, or it was withdrawn or sent. Nothing was changed. (%1)</source>
        <translation>此订单（已）不在等待审批：已有人作出决定，或已撤回或发送。没有任何改动。（%1）</translation>
    </message>
    <message>
        <source>The order was changed after you read it (or after it was approved). Read it again; a changed order needs a new approval. (%1)</source>
        <translation>订单在您读取后（或在批准后）被修改过。请重新读取；修改过的订单需要重新审批。（%1）</translation>
    </message>
    <message>
        <source>The approval of this order has expired. A checker must approve it again before it can be sent. (%1)</source>
        <translation>此订单的审批已过期。审批人必须重新批准后才能发送。（%1）</translation>
    </message>
    <message>
        <source>Someone else has already taken this order for sending; it is sent only once. Its history shows who. (%1)</source>
        <translation>已有其他人取得此订单进行发送；订单只会发送一次。其历史记录显示是谁。（%1）</translation>
    </message>
    <message>
        <source>This order is not approved, so it cannot be sent (or changed) now. (%1)</source>
        <translation>此订单未获批准，现在不能发送（或修改）。（%1）</translation>
    </message>
    <message>
        <source>The same resource was ordered recently with the same account (in the team ledger). Look at that order first; to order again anyway, confirm the duplicate. (%1)</source>
        <translation>同一账号最近已为同一资源下过单（团队账本中）。请先查看该订单；如仍要再次下单，请确认重复下单。（%1）</translation>
    </message>
    <message>
        <source>An order of the same resource with the same account is still open in the team ledger (awaiting approval, approved, being sent or with an unknown outcome). Finish, withdraw or resolve it first. (%1)</source>
        <translation>团队账本中同一账号对同一资源还有未结束的订单（等待审批、已批准、发送中或结果未知）。请先完成、撤回或确认它。（%1）</translation>
    </message>
    <message>
        <source>A decline needs a reason, so that the person who prepared the order knows what to change. (%1)</source>
        <translation>拒绝需要说明理由，以便准备订单的人知道要修改什么。（%1）</translation>
    </message>
    <message>
        <source>This order is not being sent by you, so its outcome cannot be recorded by you. (%1)</source>
        <translation>此订单不是由您发送的，您不能记录其结果。（%1）</translation>
    </message>
    <message>
        <source>This order cannot be resolved now: only an order whose outcome is unknown, or whose sender has gone quiet, can be. (%1)</source>
        <translation>此订单现在不能人工确认：只有结果未知、或发送人已无响应的订单才可以。（%1）</translation>
    </message>
    <message>
        <source>Only the person who prepared an order may change or withdraw it. (%1)</source>
        <translation>只有准备订单的人才能修改或撤回它。（%1）</translation>
    </message>
    <message>
        <source>The team ledger refused the request as invalid. (%1)</source>
        <translation>团队账本以请求无效为由拒绝了它。（%1）</translation>
    </message>
    <message>
        <source>The history of the team ledger cannot be changed or removed. (%1)</source>
        <translation>团队账本的历史记录不能被修改或删除。（%1）</translation>
    </message>
    <message>
        <source>Your database role has no right to do this in the team ledger. (%1)</source>
        <translation>您的数据库角色无权在团队账本中执行此操作。（%1）</translation>
    </message>
    <message>
        <source>The team ledger refused the login: check the role name and its password. (%1)</source>
        <translation>团队账本拒绝了登录：请检查角色名及其密码。（%1）</translation>
    </message>
    <message>
        <source>The database named in the team ledger&apos;s address does not exist. (%1)</source>
        <translation>团队账本地址中的数据库不存在。（%1）</translation>
    </message>
    <message>
        <source>This database holds no team ledger yet. Its administrator creates one with &quot;orderdesk-cli ledger init&quot;. (%1)</source>
        <translation>此数据库中还没有团队账本。请由管理员用“orderdesk-cli ledger init”创建。（%1）</translation>
    </message>
    <message>
        <source>The team ledger cannot be reached: %1. Nothing is sent while it cannot record the order; try again when it is back.</source>
        <translation>无法连接团队账本：%1。在无法记录订单期间不会发送任何内容；请在其恢复后重试。</translation>
    </message>
    <message>
        <source>The team ledger could not do this: %1 (%2).</source>
        <translation>团队账本无法执行此操作：%1（%2）。</translation>
    </message>
    <message>
        <source>Only the team ledger&apos;s owner (a member of orderdesk_owner) may change its rules or import orders. (%1)</source>
        <translation>只有团队账本的所有者（orderdesk_owner 的成员）才能修改其规则或导入订单。（%1）</translation>
    </message>
</context>
<context>
    <name>OrderDesk::TeamLedgerImport</name>
    <message>
        <source>This team ledger is of an older version (%1) that cannot take imported orders. Its administrator upgrades it with &quot;orderdesk-cli ledger init&quot;.</source>
        <translation>该团队账本是旧版本（%1），无法接收导入的订单。请其管理员运行“orderdesk-cli ledger init”升级。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::TeamLedgerListener</name>
    <message>
        <source>The team ledger&apos;s changes cannot be followed.</source>
        <translation>无法跟踪团队账本的变化。</translation>
    </message>
    <message>
        <source>The connection to the team ledger was lost.</source>
        <translation>与团队账本的连接已断开。</translation>
    </message>
    <message>
        <source>Team ledger: connecting…</source>
        <translation>团队账本：正在连接…</translation>
    </message>
    <message>
        <source>Team ledger: connected</source>
        <translation>团队账本：已连接</translation>
    </message>
    <message>
        <source>Team ledger: reconnecting…</source>
        <translation>团队账本：正在重新连接…</translation>
    </message>
    <message>
        <source>Team ledger: offline</source>
        <translation>团队账本：离线</translation>
    </message>
</context>
<context>
    <name>OrderDesk::TeamLedgerLocation</name>
    <message>
        <source>&quot;%1&quot; is not a team ledger address. Write it as postgresql://ROLE@HOST:PORT/DATABASE?sslmode=verify-full.</source>
        <translation>“%1”不是团队账本地址。请写成 postgresql://角色@主机:端口/数据库?sslmode=verify-full。</translation>
    </message>
    <message>
        <source>Leave the password out of the team ledger&apos;s address: OrderDesk keeps it in the system keychain (&quot;orderdesk-cli ledger password&quot;).</source>
        <translation>请不要在团队账本地址中写入密码：OrderDesk 会把它保存在系统钥匙串中（“orderdesk-cli ledger password”）。</translation>
    </message>
    <message>
        <source>The team ledger&apos;s address needs your database role and the database: postgresql://ROLE@HOST:PORT/DATABASE (got &quot;%1&quot;).</source>
        <translation>团队账本地址需要包含您的数据库角色和数据库：postgresql://角色@主机:端口/数据库（收到的是“%1”）。</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; of the team ledger&apos;s address cannot be used.</source>
        <translation>团队账本地址中的选项“%1”不能使用。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::TeamLedgerSchema</name>
    <message>
        <source>This team ledger was made by a newer OrderDesk (schema version %1; this one knows up to %2). Update OrderDesk.</source>
        <translation>此团队账本由更新版本的 OrderDesk 创建（结构版本 %1；本版本最高支持 %2）。请更新 OrderDesk。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::TeamNavigation</name>
    <message>
        <source>Appro&amp;vals (%1)</source>
        <translation>审批 (%1)(&amp;V)</translation>
    </message>
    <message>
        <source>Appro&amp;vals</source>
        <translation>审批(&amp;V)</translation>
    </message>
    <message numerus="yes">
        <source>Approvals: %n order(s) to decide</source>
        <translation>
            <numerusform>审批：%n 个订单待决定</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Team orders</source>
        <translation>团队订单(&amp;T)</translation>
    </message>
    <message>
        <source>Team ledger: not usable</source>
        <translation>团队账本：不可用</translation>
    </message>
    <message>
        <source>Team ledger: connecting…</source>
        <translation>团队账本：正在连接…</translation>
    </message>
    <message>
        <source>%1 — changes of your colleagues appear within a second.</source>
        <translation>%1 — 同事的更改会在一秒内显示。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Your order %1 was declined by %2: %3</source>
        <translation>您的订单 %1 被 %2 拒绝：%3</translation>
    </message>
    <message>
        <source>Your order %1 was approved by %2.</source>
        <translation>您的订单 %1 已由 %2 批准。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::TeamOrderDetails</name>
    <message>
        <source>Outcome: the provider placed the order</source>
        <translation>结果：云厂商已下单</translation>
    </message>
    <message>
        <source>Outcome: the provider placed the order, order ID %1</source>
        <translation>结果：云厂商已下单，订单号 %1</translation>
    </message>
    <message>
        <source>Outcome: refused (%1)</source>
        <translation>结果：被拒绝（%1）</translation>
    </message>
    <message>
        <source>Outcome: no definitive answer</source>
        <translation>结果：没有明确答复</translation>
    </message>
    <message>
        <source>Outcome: no definitive answer (%1)</source>
        <translation>结果：没有明确答复（%1）</translation>
    </message>
    <message>
        <source>Awaiting approval (prepared by %1 at %2)</source>
        <translation>等待审批（由 %1 于 %2 准备）</translation>
    </message>
    <message>
        <source>Approved by the team&apos;s rules (no approval needed)</source>
        <translation>按团队规则直接批准（无需审批）</translation>
    </message>
    <message>
        <source>Approved by %1 at %2; the approval expired at %3</source>
        <translation>由 %1 于 %2 批准；该批准已于 %3 过期</translation>
    </message>
    <message>
        <source>Approved by %1 at %2</source>
        <translation>由 %1 于 %2 批准</translation>
    </message>
    <message>
        <source>Declined by %1 at %2: %3</source>
        <translation>由 %1 于 %2 拒绝：%3</translation>
    </message>
    <message>
        <source>Withdrawn by %1 at %2</source>
        <translation>由 %1 于 %2 撤回</translation>
    </message>
    <message>
        <source>Being sent by %1 since %2</source>
        <translation>自 %2 起由 %1 发送中</translation>
    </message>
    <message>
        <source>%1 (sent by %2)</source>
        <translation>%1（由 %2 发送）</translation>
    </message>
    <message>
        <source>Ledger number</source>
        <translation>台账编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>云厂商</translation>
    </message>
    <message>
        <source>Account (profile)</source>
        <translation>账号（配置）</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>资源ID</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>准备人</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>审批时间</translation>
    </message>
    <message>
        <source>Comment or reason</source>
        <translation>意见或理由</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>发送人</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最后更新</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求ID</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>已发送请求数</translation>
    </message>
    <message>
        <source>Client token</source>
        <translation>客户端Token</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>服务地址</translation>
    </message>
    <message>
        <source>Parameters&apos; hash</source>
        <translation>参数哈希值</translation>
    </message>
    <message>
        <source>Changed by its maker; it waits for approval again</source>
        <translation>已由准备人修改；需重新等待审批</translation>
    </message>
    <message>
        <source>Changed by its maker; the team&apos;s rules need no approval for it</source>
        <translation>已由准备人修改；按团队规则无需审批</translation>
    </message>
    <message>
        <source>Prepared; it waits for a second person&apos;s approval</source>
        <translation>已准备；等待另一人审批</translation>
    </message>
    <message>
        <source>Prepared; the team&apos;s rules need no approval for it</source>
        <translation>已准备；按团队规则无需审批</translation>
    </message>
    <message>
        <source>Approved, valid until %1</source>
        <translation>已批准，有效期至 %1</translation>
    </message>
    <message>
        <source>Approved, valid until %1, with the comment: %2</source>
        <translation>已批准，有效期至 %1，意见：%2</translation>
    </message>
    <message>
        <source>Declined, with the reason: %1</source>
        <translation>已拒绝，理由：%1</translation>
    </message>
    <message>
        <source>Withdrawn by its maker</source>
        <translation>已由准备人撤回</translation>
    </message>
    <message>
        <source>Withdrawn by its maker, with the reason: %1</source>
        <translation>已由准备人撤回，理由：%1</translation>
    </message>
    <message>
        <source>Taken for sending</source>
        <translation>已领取发送</translation>
    </message>
    <message>
        <source>Request %1 sent</source>
        <translation>第 %1 次请求已发送</translation>
    </message>
    <message>
        <source>Resolved by hand: not placed</source>
        <translation>人工处理：未下单</translation>
    </message>
    <message>
        <source>Resolved by hand: placed</source>
        <translation>人工处理：已下单</translation>
    </message>
    <message>
        <source>Resolved by hand: placed, order ID %1</source>
        <translation>人工处理：已下单，订单号 %1</translation>
    </message>
    <message>
        <source>%1; note: %2</source>
        <translation>%1；备注：%2</translation>
    </message>
    <message>
        <source>Event &quot;%1&quot;</source>
        <translation>事件“%1”</translation>
    </message>
    <message>
        <source>State &quot;%1&quot;</source>
        <translation>状态“%1”</translation>
    </message>
    <message>
        <source>Moved into the team ledger from %1, where it was order %2</source>
        <translation>从 %1 迁入团队账本，原为该账本中的订单 %2</translation>
    </message>
</context>
<context>
    <name>OrderDesk::TeamOrderHtml</name>
    <message>
        <source>Team order %1</source>
        <translation>团队订单 %1</translation>
    </message>
    <message>
        <source>Parameters, exactly as they will be sent</source>
        <translation>参数（与发送内容完全一致）</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>OrderDesk::TeamOrderMapping</name>
    <message>
        <source>Order %1 is for the provider &quot;%2&quot;, which this OrderDesk does not know.</source>
        <translation>订单 %1 属于云服务商“%2”，此版本的 OrderDesk 不认识它。</translation>
    </message>
    <message>
        <source>Order %1 cannot be sent as it was recorded: its parameters are no longer valid for %2. Withdraw it and prepare it again.</source>
        <translation>订单 %1 无法按记录发送：其参数对 %2 已不再有效。请撤回后重新准备。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::TeamOrderSender</name>
    <message>
        <source>Order %1 is being sent from this window already.</source>
        <translation>订单 %1 已在本窗口中发送。</translation>
    </message>
    <message>
        <source>The team ledger cannot be reached, so order %1 was not sent: nothing is sent that the team ledger has not recorded. Try again when it is connected.</source>
        <translation>无法连接团队账本，因此订单 %1 未发送：团队账本未记录的订单一律不发送。请在连接恢复后重试。</translation>
    </message>
    <message>
        <source>The outcome of order %1 could not be recorded in the team ledger: %2 This computer&apos;s own ledger holds it; record it in the team ledger with &quot;orderdesk-cli resolve&quot; once it is back.</source>
        <translation>订单 %1 的结果无法记入团队账本：%2 本机账本已记录该结果；团队账本恢复后，请用“orderdesk-cli resolve”记入。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::TeamOrderStates</name>
    <message>
        <source>Awaiting approval</source>
        <translation>等待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>Not placed (resolved by hand)</source>
        <translation>未下单（人工确认）</translation>
    </message>
</context>
<context>
    <name>OrderDesk::TeamOrderTableModel</name>
    <message>
        <source>not stated</source>
        <translation>未注明</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>准备人</translation>
    </message>
    <message>
        <source>Prepared at</source>
        <translation>准备时间</translation>
    </message>
</context>
<context>
    <name>OrderDesk::TeamOrdersPage</name>
    <message>
        <source>Select an order to see what it buys.</source>
        <translation>选择一个订单，查看它购买的内容。</translation>
    </message>
    <message>
        <source>Connecting to the team ledger…</source>
        <translation>正在连接团队账本…</translation>
    </message>
    <message>
        <source>No team ledger is set. Set its address under Settings.</source>
        <translation>未设置团队账本。请在“设置”中填写其地址。</translation>
    </message>
    <message>
        <source>The team ledger cannot be reached, so nothing can be approved or sent until it is back: nothing is sent that the team ledger has not recorded.</source>
        <translation>无法连接团队账本，恢复之前不能审批或发送：团队账本未记录的订单一律不发送。</translation>
    </message>
    <message>
        <source>Nothing is waiting for approval.</source>
        <translation>没有等待审批的订单。</translation>
    </message>
    <message>
        <source>The team ledger holds no order yet.</source>
        <translation>团队账本中还没有订单。</translation>
    </message>
    <message>
        <source>Select an order.</source>
        <translation>请选择一个订单。</translation>
    </message>
    <message>
        <source>You prepared this order, so another person must approve it.</source>
        <translation>此订单由您准备，因此必须由另一人审批。</translation>
    </message>
    <message>
        <source>Your login %1 may not approve orders. Ask the team ledger&apos;s owner for the checker right.</source>
        <translation>您的登录名 %1 无权审批订单。请向团队账本的所有者申请审批权限。</translation>
    </message>
    <message>
        <source>Approved. A colleague with the right to send orders sends it.</source>
        <translation>已批准。由有发送权限的同事发送。</translation>
    </message>
    <message>
        <source>Approved until %1. Send it now to place the order and pay for it.</source>
        <translation>批准有效期至 %1。现在发送即下单并付款。</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Orders your colleagues prepared that wait for a second person. Read what each one buys and for how long, then approve or decline it. You cannot approve your own orders.</source>
        <translation>同事准备的、等待第二人审批的订单。请查看每个订单购买的内容和时长，然后批准或拒绝。您不能审批自己的订单。</translation>
    </message>
    <message>
        <source>Team orders</source>
        <translation>团队订单</translation>
    </message>
    <message>
        <source>Every order of your team, newest first, with who prepared, approved and sent it, and when. Approved orders are sent from here.</source>
        <translation>团队的全部订单，最新的在前，并注明由谁、在何时准备、审批和发送。已批准的订单在此发送。</translation>
    </message>
    <message>
        <source>%1 (%2, logged in as %3)</source>
        <extracomment>%1 is the state, e.g. &quot;Team ledger: connected&quot;; %2 the address; %3 the login</extracomment>
        <translation>%1（%2，登录名 %3）</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未登录</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>Not declined</source>
        <translation>未拒绝</translation>
    </message>
    <message>
        <source>Order %1 is approved.</source>
        <translation>订单 %1 已批准。</translation>
    </message>
    <message>
        <source>Order %1 is declined.</source>
        <translation>订单 %1 已拒绝。</translation>
    </message>
    <message>
        <source>Sending order %1…</source>
        <translation>正在发送订单 %1…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Withdraw order %1</source>
        <translation>撤回订单 %1</translation>
    </message>
    <message>
        <source>Withdraw order %1? It will not be sent. Why (kept in the team ledger)?</source>
        <translation>撤回订单 %1？该订单将不会发送。原因（保存在团队账本中）：</translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation>未撤回</translation>
    </message>
    <message>
        <source>Order %1 is withdrawn.</source>
        <translation>订单 %1 已撤回。</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>订单 %1：%2</translation>
    </message>
</context>
<context>
    <name>OrderDesk::UniCloudErrorCatalogue</name>
    <message>
        <source>UniCloud rejected one of the order&apos;s values. Read the provider&apos;s message, correct that value and submit the order again.</source>
        <translation>紫光云拒绝了订单中的某个取值。请阅读云厂商返回的信息，更正该取值后重新提交订单。</translation>
    </message>
    <message>
        <source>UniCloud rejected the request&apos;s one-time number, which happens when the same request arrives twice. Check the order list in the UniCloud console before ordering again.</source>
        <translation>紫光云拒绝了本次请求的一次性随机数（Nonce），同一请求被重复接收时会出现这种情况。再次下单前，请先在紫光云控制台的订单列表中核实。</translation>
    </message>
    <message>
        <source>UniCloud did not accept the request time. Set this computer&apos;s clock to the correct time (automatic time), then send the order again.</source>
        <translation>紫光云未接受请求时间。请将本机时钟校准为正确时间（开启自动对时），然后重新发送订单。</translation>
    </message>
    <message>
        <source>UniCloud does not know this AccessKey ID. Check that the profile holds an active UniCloud AccessKey, not one from another provider.</source>
        <translation>紫光云无法识别此 AccessKey ID。请检查该配置中填写的是有效的紫光云 AccessKey，而不是其他云厂商的密钥。</translation>
    </message>
    <message>
        <source>The signature did not match: the AccessKey secret is probably wrong. Enter the secret of this AccessKey again in the profile, then send the order again.</source>
        <translation>签名不匹配：AccessKey Secret 可能有误。请在配置中重新输入该 AccessKey 的 Secret，然后重新发送订单。</translation>
    </message>
    <message>
        <source>The product configuration is wrong: the component code, storage type, billing mode, rental period or zone do not fit together. Compare them with the NAS purchase page in the UniCloud console and correct the order.</source>
        <translation>产品配置错误：组件码、存储类型、计费模式、租用时长或可用区之间不匹配。请对照紫光云控制台的文件存储（NAS）购买页面更正订单。</translation>
    </message>
    <message>
        <source>UniCloud is receiving too many requests from this account. The order was not placed; wait a minute and send it again.</source>
        <translation>该账号向紫光云发送的请求过于频繁。订单未创建，请等待一分钟后重新发送。</translation>
    </message>
    <message>
        <source>UniCloud had an internal error, and the order may or may not have been placed. Check the order list in the UniCloud console before ordering again.</source>
        <translation>紫光云发生内部错误，订单可能已创建，也可能未创建。再次下单前，请先在紫光云控制台的订单列表中核实。</translation>
    </message>
    <message>
        <source>The UniCloud service is unavailable at the moment. Check the order list in the UniCloud console before ordering again, as the order may have been placed.</source>
        <translation>紫光云服务暂时不可用。订单可能已经创建，再次下单前请先在紫光云控制台的订单列表中核实。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::UniCloudProvider</name>
    <message>
        <source>Region ID</source>
        <translation>地域 ID</translation>
    </message>
    <message>
        <source>The UniCloud region the file system is created in, as the console names it.</source>
        <translation>创建文件系统所在的紫光云地域，与控制台中的地域 ID 一致。</translation>
    </message>
    <message>
        <source>Region name</source>
        <translation>地域名称</translation>
    </message>
    <message>
        <source>The region&apos;s display name, as the UniCloud console shows it. Optional.</source>
        <translation>地域的显示名称，与紫光云控制台中显示的一致。可选。</translation>
    </message>
    <message>
        <source>Availability zone ID</source>
        <translation>可用区 ID</translation>
    </message>
    <message>
        <source>The zone inside the region that holds the file system.</source>
        <translation>文件系统所在的可用区（位于所选地域内）。</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <source>The UniCloud project (resource group) that owns the file system.</source>
        <translation>文件系统所属的紫光云项目（资源组）。</translation>
    </message>
    <message>
        <source>VPC ID</source>
        <translation>VPC ID</translation>
    </message>
    <message>
        <source>The private network (VPC) the file system is reached from.</source>
        <translation>可访问该文件系统的专有网络（VPC）。</translation>
    </message>
    <message>
        <source>File system name</source>
        <translation>文件系统名称</translation>
    </message>
    <message>
        <source>The name the new file system is shown under; OrderDesk also uses it to warn about ordering the same file system twice.</source>
        <translation>新文件系统的显示名称；OrderDesk 也据此提醒您避免重复订购同一文件系统。</translation>
    </message>
    <message>
        <source>Storage type and file protocol</source>
        <translation>存储类型和文件协议</translation>
    </message>
    <message>
        <source>Data encryption</source>
        <translation>数据加密</translation>
    </message>
    <message>
        <source>Whether the stored data is encrypted.</source>
        <translation>是否对存储的数据进行加密。</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>不加密</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>订单类型</translation>
    </message>
    <message>
        <source>Only new purchases are placed here.</source>
        <translation>此处仅支持新购。</translation>
    </message>
    <message>
        <source>New purchase</source>
        <translation>新购</translation>
    </message>
    <message>
        <source>Billing mode</source>
        <translation>计费模式</translation>
    </message>
    <message>
        <source>Rental period</source>
        <translation>租用时长</translation>
    </message>
    <message>
        <source>How many rental units to buy: 1 with the unit Month buys one month.</source>
        <translation>购买的租用单位数量：数量为 1、单位为“月”即购买一个月。</translation>
    </message>
    <message>
        <source>Rental unit</source>
        <translation>租用单位</translation>
    </message>
    <message>
        <source>The unit of the rental period.</source>
        <translation>租用时长的单位。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续费方式</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>The capacity unit the order is measured in.</source>
        <translation>订单计量所用的容量单位。</translation>
    </message>
    <message>
        <source>UniCloud</source>
        <translation>紫光云</translation>
    </message>
    <message>
        <source>%1 may contain only letters, digits, hyphens, underscores and dots.</source>
        <translation>%1 只能包含字母、数字、连字符、下划线和点。</translation>
    </message>
    <message>
        <source>%1 is %2, but the order was set to region %3. Choose one region.</source>
        <translation>%1 为 %2，但订单所选地域为 %3。请统一为同一个地域。</translation>
    </message>
    <message>
        <source>When %1 is %2, %3 must be between 1 and %4 (5 years at most).</source>
        <translation>当 %1 为 %2 时，%3 必须在 1 到 %4 之间（最长 5 年）。</translation>
    </message>
    <message>
        <source>NAS file system</source>
        <translation>NAS 文件存储</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>The UniCloud product the order buys.</source>
        <translation>本订单购买的紫光云产品。</translation>
    </message>
    <message>
        <source>NAS file storage</source>
        <translation>NAS 文件存储</translation>
    </message>
    <message>
        <source>The kind of storage, and the protocol computers reach the files with.</source>
        <translation>存储类型，以及计算机访问文件所用的协议。</translation>
    </message>
    <message>
        <source>Capacity storage, NFS protocol</source>
        <translation>容量型存储（NFS 协议）</translation>
    </message>
    <message>
        <source>How UniCloud bills the file system. UniCloud documents one billing mode for NAS orders, without explaining it.</source>
        <translation>紫光云对该文件系统的计费方式。紫光云文档只给出了 NAS 订单的一种计费模式，且未说明其含义。</translation>
    </message>
    <message>
        <source>Billing mode DAY_MONTH_USAGE (as in UniCloud&apos;s example)</source>
        <translation>计费模式 DAY_MONTH_USAGE（紫光云示例中的取值）</translation>
    </message>
    <message>
        <source>What happens when the rental period ends.</source>
        <translation>租期结束时如何处理。</translation>
    </message>
    <message>
        <source>Renew manually</source>
        <translation>手动续费</translation>
    </message>
</context>
<context>
    <name>OrderDesk::VolcengineErrorCatalogue</name>
    <message>
        <source>Volcengine could not create and pay the order in one step. Check the account balance and look for an unpaid order in the Volcengine billing centre before ordering again.</source>
        <translation>火山引擎未能一次性完成创建订单并支付。请检查账户余额，并在火山引擎费用中心查看是否已有待支付订单，然后再重新下单。</translation>
    </message>
    <message>
        <source>Volcengine could not prepare the order. Wait a few minutes and try again; if it keeps failing, contact Volcengine support with the request ID.</source>
        <translation>火山引擎未能创建配置单。请等待几分钟后重试；如果仍然失败，请携带请求ID联系火山引擎技术支持。</translation>
    </message>
    <message>
        <source>The physical connection is not waiting for payment, so no order can be created for it. Check its status in the Volcengine console; it may already be paid.</source>
        <translation>该物理专线不处于“待支付”状态，无法为其创建订单。请在火山引擎控制台查看其状态，它可能已经支付。</translation>
    </message>
    <message>
        <source>The account balance and vouchers together are below 100 yuan. Top up the Volcengine account, then submit the order again.</source>
        <translation>账户余额与可用代金券合计不足 100 元。请为火山引擎账户充值后重新提交订单。</translation>
    </message>
    <message>
        <source>The Volcengine account is in arrears. Settle the overdue amount in the billing centre, then submit the order again.</source>
        <translation>火山引擎账户已欠费。请在费用中心结清欠款后重新提交订单。</translation>
    </message>
    <message>
        <source>This client token was already used for an order with different details. Check the earlier order in the Volcengine console; to place a new order, start a new order so that it gets a new token.</source>
        <translation>该客户端Token已用于参数不同的另一笔订单。请在火山引擎控制台核对之前的订单；如需下新订单，请新建订单以获得新的Token。</translation>
    </message>
    <message>
        <source>The client token is not valid: it may have at most 64 ASCII characters. Clear the field so that OrderDesk fills in a valid one.</source>
        <translation>客户端Token格式不合法：最多只能包含 64 个 ASCII 字符。请清空该字段，由 OrderDesk 自动填写有效的Token。</translation>
    </message>
    <message>
        <source>No physical connection with this ID exists in this account and region. Copy the ID again from the Volcengine console and check the region.</source>
        <translation>该账户在此地域下不存在此ID的物理专线。请从火山引擎控制台重新复制ID，并核对地域。</translation>
    </message>
    <message>
        <source>Volcengine could not read the details of the resource. Check the connection ID and region, wait a few minutes and try again.</source>
        <translation>火山引擎未能获取该资源的详细信息。请核对物理专线ID和地域，等待几分钟后重试。</translation>
    </message>
    <message>
        <source>Volcengine is still processing an earlier request with the same client token. Wait a minute, then send the order again with the same token; no second order will be created.</source>
        <translation>火山引擎仍在处理使用相同客户端Token的上一个请求。请等待一分钟后使用同一Token重新发送订单，不会产生第二笔订单。</translation>
    </message>
    <message>
        <source>The signature did not match: the AccessKey secret is probably wrong. Enter the secret of this AccessKey again in the profile, then send the order again.</source>
        <translation>签名不匹配：AccessKey Secret 可能有误。请在配置中重新输入该 AccessKey 的 Secret，然后重新发送订单。</translation>
    </message>
    <message>
        <source>Volcengine does not accept this AccessKey ID. Check that the profile holds an active Volcengine AccessKey (usually starting with AKLT), not one from another provider.</source>
        <translation>火山引擎不接受此 AccessKey ID。请确认配置中使用的是有效的火山引擎 AccessKey（通常以 AKLT 开头），而不是其他云服务商的密钥。</translation>
    </message>
    <message>
        <source>The request reached Volcengine without its signature, often because a proxy removed a header. Check the proxy settings, then send the order again.</source>
        <translation>请求到达火山引擎时缺少签名，通常是代理删除了请求头。请检查代理设置，然后重新发送订单。</translation>
    </message>
    <message>
        <source>The request reached Volcengine without its authentication header, often because a proxy removed it. Check the proxy settings, then send the order again.</source>
        <translation>请求到达火山引擎时缺少身份认证头，通常是被代理删除。请检查代理设置，然后重新发送订单。</translation>
    </message>
    <message>
        <source>Volcengine did not accept the request time: this computer&apos;s clock is probably wrong. Set the clock to the correct time (automatic time), then send the order again.</source>
        <translation>火山引擎不接受请求时间：本机时钟可能不准确。请将时钟调整为正确时间（开启自动设置时间），然后重新发送订单。</translation>
    </message>
    <message>
        <source>This AccessKey may not place Direct Connect orders. Ask the account administrator to grant the user permission for Direct Connect and billing.</source>
        <translation>此 AccessKey 无权为专线下单。请联系账户管理员为该用户授予专线和费用相关的权限。</translation>
    </message>
    <message>
        <source>The user of this AccessKey has no policy that allows this order. Ask the account administrator to attach one, then try again.</source>
        <translation>此 AccessKey 所属用户没有允许此订单的权限策略。请联系账户管理员为其授权后重试。</translation>
    </message>
    <message>
        <source>Volcengine is receiving too many requests. The order was not placed; wait a minute and send it again.</source>
        <translation>火山引擎收到的请求过多。订单未被创建；请等待一分钟后重新发送。</translation>
    </message>
    <message>
        <source>This account has sent too many requests to Volcengine. The order was not placed; wait a minute and send it again.</source>
        <translation>该账户向火山引擎发送的请求过多。订单未被创建；请等待一分钟后重新发送。</translation>
    </message>
    <message>
        <source>Volcengine had an internal error, so the order may or may not exist. Check the orders in the Volcengine console, or send it again with the same client token, which cannot create a second order.</source>
        <translation>火山引擎发生内部错误，订单可能已创建也可能未创建。请在火山引擎控制台查看订单，或使用相同的客户端Token重新发送，这不会产生第二笔订单。</translation>
    </message>
    <message>
        <source>Volcengine could not reach its order service. Wait a few minutes, then send the order again with the same client token, which cannot create a second order.</source>
        <translation>火山引擎无法连接其订单服务。请等待几分钟后使用相同的客户端Token重新发送订单，这不会产生第二笔订单。</translation>
    </message>
    <message>
        <source>Volcengine is temporarily unavailable. Wait a few minutes, then send the order again with the same client token, which cannot create a second order.</source>
        <translation>火山引擎服务暂时不可用。请等待几分钟后使用相同的客户端Token重新发送订单，这不会产生第二笔订单。</translation>
    </message>
    <message>
        <source>Volcengine did not finish the request in time, so the order may or may not exist. Check the console, or send it again with the same client token, which cannot create a second order.</source>
        <translation>火山引擎未能及时处理完请求，订单可能已创建也可能未创建。请在控制台查看，或使用相同的客户端Token重新发送，这不会产生第二笔订单。</translation>
    </message>
</context>
<context>
    <name>OrderDesk::VolcengineProvider</name>
    <message>
        <source>Physical connection ID</source>
        <translation>物理专线ID</translation>
    </message>
    <message>
        <source>The ID of the physical connection that is waiting for payment, as shown in the Volcengine console (it starts with dcc-).</source>
        <translation>处于“待支付”状态的物理专线的ID，可在火山引擎控制台中查看（以 dcc- 开头）。</translation>
    </message>
    <message>
        <source>Period unit</source>
        <translation>购买时长单位</translation>
    </message>
    <message>
        <source>Whether the subscription length counts months or years. Volcengine assumes months when this is empty.</source>
        <translation>购买时长按月还是按年计算。留空时火山引擎按月计算。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Subscription length</source>
        <translation>购买时长</translation>
    </message>
    <message>
        <source>How many months (1 to 11) or years (1 to 3) to pay for. Volcengine assumes 1 when this is empty.</source>
        <translation>要购买的月数（1~11）或年数（1~3）。留空时火山引擎按 1 计算。</translation>
    </message>
    <message>
        <source>Client token</source>
        <translation>客户端Token</translation>
    </message>
    <message>
        <source>A unique text that lets OrderDesk resend this order safely without ordering twice. Filled in automatically; at most 64 ASCII characters.</source>
        <translation>用于识别同一笔订单的唯一字符串：OrderDesk 凭它可以安全地重新发送订单，而不会重复下单。自动填写；最多 64 个 ASCII 字符。</translation>
    </message>
    <message>
        <source>Volcengine</source>
        <translation>火山引擎</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region ID. Use lower-case letters, digits and hyphens, e.g. %2.</source>
        <translation>“%1”不是有效的地域ID。请使用小写字母、数字和连字符，例如 %2。</translation>
    </message>
    <message>
        <source>When %1 is Year, %2 must be between 1 and %3.</source>
        <translation>当 %1 为 Year 时，%2 必须介于 1 和 %3 之间。</translation>
    </message>
    <message>
        <source>direct connect line</source>
        <translation>物理专线</translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <source>Accou&amp;nt:</source>
        <translation>账号(&amp;N)：</translation>
    </message>
    <message>
        <source>The AccessKey profile the order is placed with. The sandbox profile sends it to the built-in simulator; nothing is bought.</source>
        <translation>用于下单的 AccessKey 配置。沙箱配置会将订单发送到内置模拟器，不会产生实际购买。</translation>
    </message>
    <message>
        <source>Shows a summary of the order to confirm; nothing is sent before you confirm.</source>
        <translation>显示订单摘要供您确认；确认之前不会发送任何内容。</translation>
    </message>
    <message>
        <source>&amp;Order…</source>
        <translation>下单(&amp;O)…</translation>
    </message>
    <message>
        <source>Order in progress</source>
        <translation>订单处理中</translation>
    </message>
    <message>
        <source>Stops the order while the AccessKey is being read, before anything is sent.</source>
        <translation>在读取 AccessKey 期间（尚未发送之前）取消本次下单。</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Order &amp;ID:</source>
        <translation>订单号(&amp;I)：</translation>
    </message>
    <message>
        <source>Copies the provider&apos;s order ID to the clipboard.</source>
        <translation>将云服务商返回的订单号复制到剪贴板。</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>复制(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Request ID:</source>
        <translation>请求ID(&amp;R)：</translation>
    </message>
    <message>
        <source>Fill in the order (fields marked * must be filled in), then press Order. You will see a summary to confirm before anything is sent.</source>
        <translation>填写订单（标 * 的为必填项），然后点击“下单”。发送之前会先显示摘要供您确认。</translation>
    </message>
</context>
<context>
    <name>ProfileEditDialog</name>
    <message>
        <source>Profile</source>
        <translation>账号配置</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>云厂商(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. finance-main</source>
        <translation>例如 finance-main</translation>
    </message>
    <message>
        <source>AccessKey &amp;ID:</source>
        <translation>AccessKey ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>服务地址(&amp;E)：</translation>
    </message>
    <message>
        <source>scheme://host[:port]. Leave empty to use the provider&apos;s own endpoint for the region.</source>
        <translation>格式为 scheme://host[:port]。留空则使用云厂商在该地域的默认服务地址。</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>默认地域(&amp;R)：</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>AccessKey secre&amp;t:</source>
        <translation>AccessKey Secret(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>账号配置</translation>
    </message>
    <message>
        <source>Each profile is one AccessKey of one provider. The secret is kept in the system keychain and never shown again. The sandbox profiles use the built-in simulator and cannot be changed.</source>
        <translation>每个账号配置对应一个云厂商的一个 AccessKey。Secret 保存在系统钥匙串中，保存后不再显示。沙箱账号配置使用内置模拟器，不可修改。</translation>
    </message>
    <message>
        <source>P&amp;rofiles:</source>
        <translation>账号配置(&amp;R)：</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>云厂商</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>服务地址</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Place this provider&apos;s orders with the selected profile</source>
        <translation>使用所选账号配置向该云厂商下单</translation>
    </message>
    <message>
        <source>&amp;Use for orders</source>
        <translation>用于下单(&amp;U)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>处理中</translation>
    </message>
</context>
<context>
    <name>ResolveOrderDialog</name>
    <message>
        <source>Resolve order</source>
        <translation>处理订单结果</translation>
    </message>
    <message>
        <source>The order &amp;was placed</source>
        <translation>已下单成功(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Order ID:</source>
        <translation>订单号(&amp;O)：</translation>
    </message>
    <message>
        <source>The order ID the provider&apos;s console shows for this purchase.</source>
        <translation>云服务商控制台中显示的该笔购买的订单号。</translation>
    </message>
    <message>
        <source>The order was &amp;not placed</source>
        <translation>未下单(&amp;N)</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Optional, e.g. where you checked</source>
        <translation>选填，例如在何处核实</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Applied at once, no restart needed</source>
        <translation>立即生效，无需重启</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>How long to wait until the order has been sent completely. An order cut off before that was not placed.</source>
        <translation>等待订单完整发出的最长时间。在此之前中断的订单不会被创建。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Answer timeout:</source>
        <translation>应答超时(&amp;A)：</translation>
    </message>
    <message>
        <source>How long to wait for the provider&apos;s answer once the order was sent. After this the outcome is unknown and must be checked in the console.</source>
        <translation>订单发出后等待云厂商应答的最长时间。超时后结果未知，需要到控制台核实。</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>代理(&amp;P)：</translation>
    </message>
    <message>
        <source>Proxy &amp;host:</source>
        <translation>代理主机(&amp;H)：</translation>
    </message>
    <message>
        <source>e.g. proxy.example.com</source>
        <translation>例如 proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy &amp;user:</source>
        <translation>代理用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>A PEM file with the certificates of a company proxy that inspects TLS. They are trusted in addition to the system&apos;s.</source>
        <translation>包含企业 TLS 检查代理证书的 PEM 文件。除系统自带证书外，这些证书也会被信任。</translation>
    </message>
    <message>
        <source>optional PEM file</source>
        <translation>可选的 PEM 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Co&amp;nnect timeout:</source>
        <translation>连接超时(&amp;N)：</translation>
    </message>
    <message>
        <source>Proxy po&amp;rt:</source>
        <translation>代理端口(&amp;R)：</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>代理密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings file.</source>
        <translation>保存在系统钥匙串中，绝不写入设置文件。</translation>
    </message>
    <message>
        <source>&amp;Extra CA bundle:</source>
        <translation>附加 CA 证书(&amp;E)：</translation>
    </message>
    <message>
        <source>Team ledger</source>
        <translation>团队账本</translation>
    </message>
    <message>
        <source>Leave the address empty to keep the order history on this computer. With a team ledger on PostgreSQL, your team shares one history, and orders wait for a second person&apos;s approval where the team&apos;s rules ask for it.</source>
        <translation>地址留空时，订单历史保存在本机。使用 PostgreSQL 上的团队账本时，团队共享同一份历史，并且在团队规则要求时，订单须等待第二人审批。</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>地址(&amp;S)：</translation>
    </message>
    <message>
        <source>The address your administrator gave you, for example postgresql://li@db.example.com:5432/orderdesk?sslmode=verify-full</source>
        <translation>管理员提供的地址，例如 postgresql://li@db.example.com:5432/orderdesk?sslmode=verify-full</translation>
    </message>
    <message>
        <source>postgresql://YOUR-LOGIN@SERVER:5432/DATABASE</source>
        <translation>postgresql://登录名@服务器:5432/数据库</translation>
    </message>
    <message>
        <source>Lo&amp;gin password:</source>
        <translation>登录密码(&amp;G)：</translation>
    </message>
    <message>
        <source>Your own database password. It is kept in the system keychain, never in the settings file.</source>
        <translation>您自己的数据库密码。它保存在系统钥匙串中，绝不写入设置文件。</translation>
    </message>
</context>
<context>
    <name>TeamOrdersPage</name>
    <message>
        <source>Approv&amp;e…</source>
        <translation>批准(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;cline…</source>
        <translation>拒绝(&amp;C)…</translation>
    </message>
    <message>
        <source>Se&amp;nd now</source>
        <translation>立即发送(&amp;N)</translation>
    </message>
    <message>
        <source>Withd&amp;raw…</source>
        <translation>撤回(&amp;R)…</translation>
    </message>
</context>
</TS>
