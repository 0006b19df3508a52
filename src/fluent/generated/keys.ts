import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    'atf-cleanup-event': {
                        table: 'sysevent_register'
                        id: '3f1178bea80a4bbdacadfe1a0bb98e64'
                    }
                    'atf-lockdown-clear-flag': {
                        table: 'sys_atf_step'
                        id: '5b528f88b3064a929692c674c03e800b'
                    }
                    'atf-lockdown-click-confirm': {
                        table: 'sys_atf_step'
                        id: 'f7152161899243b28777c23b3c4bde56'
                    }
                    'atf-lockdown-create-account': {
                        table: 'sys_atf_step'
                        id: '1d89d959c7e341f0925d086f2fa71866'
                    }
                    'atf-lockdown-create-owner': {
                        table: 'sys_atf_step'
                        id: 'c17c3b5502ad49ccb47220e05e36e52f'
                    }
                    'atf-lockdown-drift-guard': {
                        table: 'sys_atf_test'
                        id: '24060aaf279247ba9dab2156451f90d5'
                    }
                    'atf-lockdown-find-confirm-action': {
                        table: 'sys_atf_step'
                        id: '2ebb9f416b5a4a0e8d7dbb141dc6b132'
                    }
                    'atf-lockdown-impersonate-owner': {
                        table: 'sys_atf_step'
                        id: 'ba2a9324fb5f405c95d704f73fce6ffe'
                    }
                    'atf-lockdown-insert-row': {
                        table: 'sys_atf_step'
                        id: '70207f3855524ba18996b3620b158061'
                    }
                    'atf-lockdown-open-row': {
                        table: 'sys_atf_step'
                        id: '8967fbf1c58e4e1f8340f3288517160c'
                    }
                    'atf-lockdown-precondition-group': {
                        table: 'sys_atf_step'
                        id: '61c0cf485b134f4eb39e1d84ab1dab44'
                    }
                    'atf-lockdown-row-is-api-only': {
                        table: 'sys_atf_step'
                        id: '732f1348487d4716bf0a166b7ab71c62'
                    }
                    'atf-lockdown-user-is-wsao': {
                        table: 'sys_atf_step'
                        id: '9f4cb409ca5f4ba3a88a315e87fa4210'
                    }
                    'atf-lockdown-user-is-wsao-again': {
                        table: 'sys_atf_step'
                        id: '99ca6e0b120349b7a9bac16cace29b72'
                    }
                    'atf-lockdown-wait-for-guard': {
                        table: 'sys_atf_step'
                        id: '7fef99bc5a444377acdeb732f0ce6c81'
                    }
                    'atf-menu-admin-modules': {
                        table: 'sys_atf_step'
                        id: '3ab671a921a94e8aafd40d6ca87d2461'
                    }
                    'atf-menu-auditor-modules': {
                        table: 'sys_atf_step'
                        id: 'f3f648aa6e224679acdea52e5e5e626b'
                    }
                    'atf-menu-create-admin': {
                        table: 'sys_atf_step'
                        id: '0ea6c8bd67f44923831bb1453247d01f'
                    }
                    'atf-menu-create-auditor': {
                        table: 'sys_atf_step'
                        id: '0beb71f1402044c99c4b53a84ce746d2'
                    }
                    'atf-menu-create-owner': {
                        table: 'sys_atf_step'
                        id: 'b2eb7c679ddd45ab98fac1afde69997f'
                    }
                    'atf-menu-impersonate-admin': {
                        table: 'sys_atf_step'
                        id: 'c1c0d27fbb0b49e1a4255558eaf0b2f7'
                    }
                    'atf-menu-impersonate-auditor': {
                        table: 'sys_atf_step'
                        id: 'eb50dc8eac2b44958e5344813a7e719b'
                    }
                    'atf-menu-impersonate-owner': {
                        table: 'sys_atf_step'
                        id: '22bbdd502df4440c8ebd78eb5f8541db'
                    }
                    'atf-menu-owner-modules': {
                        table: 'sys_atf_step'
                        id: '42aeb168c4da4df8b911875a832bda11'
                    }
                    'atf-readiness-check': {
                        table: 'sys_atf_test'
                        id: '43360278b5f14ad69118558fe7b497d3'
                    }
                    'atf-readiness-check-run': {
                        table: 'sys_atf_step'
                        id: '7f55a524765c4a13b6b45fcd3b69078d'
                    }
                    'atf-readiness-menu-visibility': {
                        table: 'sys_atf_test'
                        id: '8f268948611f4075bdfa38b8dcc5ccb0'
                    }
                    'atf-request-manager-approval': {
                        table: 'sys_atf_test'
                        id: '5562aae88d184550b547849cf661b560'
                    }
                    'atf-request-manager-approval-create-manager': {
                        table: 'sys_atf_step'
                        id: '4b3b3b898d34407a8575f2962ff4c551'
                    }
                    'atf-request-manager-approval-create-owner': {
                        table: 'sys_atf_step'
                        id: 'a52b85345ce84a1a891ffecf8fceaf8a'
                    }
                    'atf-request-manager-approval-fill-form': {
                        table: 'sys_atf_step'
                        id: '1f54ce79058c444a83dbebd2360779e2'
                    }
                    'atf-request-manager-approval-find-item': {
                        table: 'sys_atf_step'
                        id: '00d33e19b5aa4f5f91d23b9a2fa8ce6e'
                    }
                    'atf-request-manager-approval-impersonate-owner': {
                        table: 'sys_atf_step'
                        id: 'd1f5471f4cc94909ab06325c275c8404'
                    }
                    'atf-request-manager-approval-manager-asked': {
                        table: 'sys_atf_step'
                        id: '08d5e28707dc45e2912448a8c504c26f'
                    }
                    'atf-request-manager-approval-mark-checked': {
                        table: 'sys_atf_step'
                        id: '96356aa2278f42a7864115dc78b1ab63'
                    }
                    'atf-request-manager-approval-open-item': {
                        table: 'sys_atf_step'
                        id: 'ea4776d936954ddda95302686a028149'
                    }
                    'atf-request-manager-approval-order': {
                        table: 'sys_atf_step'
                        id: 'dbd5be7d3c804265b45e706343335bc7'
                    }
                    'atf-request-manager-approval-roles-shown': {
                        table: 'sys_atf_step'
                        id: '5fb6f4e55013470195be33094c499b2a'
                    }
                    'atf-request-manager-approval-set-manager': {
                        table: 'sys_atf_step'
                        id: '79ddff20c44344c79aefb7873d42cadb'
                    }
                    'atf-request-self-approval-create-approver': {
                        table: 'sys_atf_step'
                        id: '6fe89fcc631744ebb0304efc1f1106da'
                    }
                    'atf-request-self-approval-create-manager': {
                        table: 'sys_atf_step'
                        id: '81822062ee2445dbb7c570973aafa9e7'
                    }
                    'atf-request-self-approval-create-owner': {
                        table: 'sys_atf_step'
                        id: 'd7cf0fa27b294399adbc0a1e0acd678b'
                    }
                    'atf-request-self-approval-fallback': {
                        table: 'sys_atf_test'
                        id: 'cda6bcff48374582bdc1f33959715314'
                    }
                    'atf-request-self-approval-fill-form': {
                        table: 'sys_atf_step'
                        id: '8c70af0d91be4cddb25b785cb3119a29'
                    }
                    'atf-request-self-approval-find-item': {
                        table: 'sys_atf_step'
                        id: 'b41ebf08b83349618acc83dd427874c5'
                    }
                    'atf-request-self-approval-group-asked': {
                        table: 'sys_atf_step'
                        id: '4b8c9162e2e54b789fdca2a2db7eca3a'
                    }
                    'atf-request-self-approval-impersonate-manager': {
                        table: 'sys_atf_step'
                        id: '0b93fed3a6ee4fa39abf154bda43dc62'
                    }
                    'atf-request-self-approval-manager-not-asked': {
                        table: 'sys_atf_step'
                        id: '26058a2963de4e9993c75665a4e30edc'
                    }
                    'atf-request-self-approval-mark-checked': {
                        table: 'sys_atf_step'
                        id: 'ea4c14abdee04aa4acfe8396c5c2f5ce'
                    }
                    'atf-request-self-approval-open-item': {
                        table: 'sys_atf_step'
                        id: '4a736b5be13843be8449f3bf3baf3fe2'
                    }
                    'atf-request-self-approval-order': {
                        table: 'sys_atf_step'
                        id: 'fce08f13674d462e90d393db68c0a7bb'
                    }
                    'atf-request-self-approval-precondition': {
                        table: 'sys_atf_step'
                        id: '01d40453ddb644b588503c12a654c119'
                    }
                    'atf-request-self-approval-reason-recorded': {
                        table: 'sys_atf_step'
                        id: '23bad37cf9244a83b972cb7c0fe93141'
                    }
                    'atf-request-self-approval-set-manager': {
                        table: 'sys_atf_step'
                        id: '02ce3dc48e644e7896abcc7410d17c40'
                    }
                    'atf-suite': {
                        table: 'sys_atf_test_suite'
                        id: '6bd27f7e162245c7b0fa7008fd1377ce'
                    }
                    'atf-suite-lockdown-drift-guard': {
                        table: 'sys_atf_test_suite_test'
                        id: '39606698940e411dae4c8b7fb37b682f'
                    }
                    'atf-suite-menu-visibility': {
                        table: 'sys_atf_test_suite_test'
                        id: '2c98e86c74a94be5a1ac79a3f18ade1f'
                    }
                    'atf-suite-provision-on-genuine-approval': {
                        table: 'sys_atf_test_suite_test'
                        id: '3728a455de124ddbafaac9a179582ede'
                    }
                    'atf-suite-provision-refuses-forged-approval': {
                        table: 'sys_atf_test_suite_test'
                        id: '97f47461ad58417c855a208ceab042d9'
                    }
                    'atf-suite-readiness-check': {
                        table: 'sys_atf_test_suite_test'
                        id: '0cd55899e4274241bc61bf8ec15fe1f3'
                    }
                    'atf-suite-request-manager-approval': {
                        table: 'sys_atf_test_suite_test'
                        id: '758ffda9cc3641aeb25cc195c32ed15b'
                    }
                    'atf-suite-request-self-approval-fallback': {
                        table: 'sys_atf_test_suite_test'
                        id: '7ba290138bef4a14a0684afb86f07314'
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: 'cea468057987487887428b427ec3768d'
                    }
                    'br-keep-web-service-only': {
                        table: 'sys_script'
                        id: '85429134a02d433bb2c6a696fa9b2432'
                    }
                    'br-lockdown-portal-confirmation': {
                        table: 'sys_script'
                        id: '7cd39910b4d74204893afa11e38f86bb'
                    }
                    'confirm-lockdown-item': {
                        table: 'sc_cat_item'
                        id: 'ad11a40e17eb4c2b902f3dc3e86f6812'
                    }
                    'credential-task-closed-br': {
                        table: 'sys_script'
                        id: '9224a0d1529048b68c1d852a399489f3'
                    }
                    'cross-scope-sc-task-create': {
                        table: 'sys_scope_privilege'
                        id: 'cf7c7ffc76464689b2dac597f4695f29'
                    }
                    'cross-scope-sc-task-delete': {
                        table: 'sys_scope_privilege'
                        id: '70d89da2a7014aa3944f93587e2a1f60'
                    }
                    'cross-scope-sc-task-read': {
                        table: 'sys_scope_privilege'
                        id: '3d3640b04ad4403d9006f52f6cca9289'
                    }
                    'cross-scope-sys-group-has-role-create': {
                        table: 'sys_scope_privilege'
                        id: '134e3586faa54537b6df2131738e7e4b'
                    }
                    'cross-scope-sys-group-has-role-read': {
                        table: 'sys_scope_privilege'
                        id: '0e4a3fa5df8a4a9ebeefe9b37941b2f0'
                    }
                    'cross-scope-sys-user-create': {
                        table: 'sys_scope_privilege'
                        id: 'a45d6ccc288042aca4ba499bda5e17e5'
                    }
                    'cross-scope-sys-user-delegate-read': {
                        table: 'sys_scope_privilege'
                        id: 'b1b458eab2ed401984142b8ec2a068e2'
                    }
                    'cross-scope-sys-user-delete': {
                        table: 'sys_scope_privilege'
                        id: 'e3f8427ecb854f26a37d6a933ae9196b'
                    }
                    'cross-scope-sys-user-grmember-create': {
                        table: 'sys_scope_privilege'
                        id: '92eac956055d48e496239e135dde580b'
                    }
                    'cross-scope-sys-user-grmember-delete': {
                        table: 'sys_scope_privilege'
                        id: '08852d311a8848dda8876b0edd33be4b'
                    }
                    'cross-scope-sys-user-grmember-read': {
                        table: 'sys_scope_privilege'
                        id: 'ae73448289044223b1cfae2634ba5517'
                    }
                    'cross-scope-sys-user-role-contains-read': {
                        table: 'sys_scope_privilege'
                        id: '04560ce9c1c94d6784c8b0a2517d74b6'
                    }
                    'cross-scope-sys-user-role-read': {
                        table: 'sys_scope_privilege'
                        id: '3860649875304826bcac537f79c32cd9'
                    }
                    'cross-scope-sysapproval-approver-read': {
                        table: 'sys_scope_privilege'
                        id: '50b645d05ae0409094b54291a17499a5'
                    }
                    'csp-lockdown-sys-user-write': {
                        table: 'sys_scope_privilege'
                        id: 'a0f37221109143fcb4556d2aba934c13'
                    }
                    'event-lockdown-completed': {
                        table: 'sysevent_register'
                        id: 'cb1268c322274129bdb2f838fd29278c'
                    }
                    'event-lockdown-reminder': {
                        table: 'sysevent_register'
                        id: '3441391d3a1d413dbdad9242e0a941f5'
                    }
                    'integrations-category': {
                        table: 'sc_category'
                        id: '6c25c57909fa4bb0ae8cbb02cea33b66'
                    }
                    'job-lock-down-expired-windows': {
                        table: 'sysauto_script'
                        id: 'a810291212a84b28a0e83a4201ee94e2'
                    }
                    'module-administration-separator': {
                        table: 'sys_app_module'
                        id: '36d03cab591842c6b35a044145534243'
                    }
                    'module-all-service-accounts': {
                        table: 'sys_app_module'
                        id: '2ec162f889f84dc6892549d23dfb7fb0'
                    }
                    'module-api-only': {
                        table: 'sys_app_module'
                        id: 'd4c55d079f76448b81598e4b9b9da5fd'
                    }
                    'module-due-for-lock-down': {
                        table: 'sys_app_module'
                        id: 'd63eb74483974240b3d27622054fb42c'
                    }
                    'module-exploring': {
                        table: 'sys_app_module'
                        id: '2dfa4a76cb5c46ed8cf48d5999d25cba'
                    }
                    'module-lock-down-problems': {
                        table: 'sys_app_module'
                        id: 'd7deabd1627f4740a3275bad389ad941'
                    }
                    'module-my-service-accounts': {
                        table: 'sys_app_module'
                        id: '0327dd8cf834476588d89f71cc0b22d2'
                    }
                    'module-properties': {
                        table: 'sys_app_module'
                        id: 'a59c19d0978549198f8fdda9b1b6a009'
                    }
                    'module-readiness-check': {
                        table: 'sys_app_module'
                        id: '919b6a67a14742e4a9566df40c833e7f'
                    }
                    'module-requests': {
                        table: 'sys_app_module'
                        id: '2c52d7687b014a37b54656cd4e16fb46'
                    }
                    'module-retired': {
                        table: 'sys_app_module'
                        id: '37a771ab8ebd45f59ebcd56dba501d7d'
                    }
                    'notification-lockdown-completed': {
                        table: 'sysevent_email_action'
                        id: '93d1dd8f36a14705a84d12c2d1ef6712'
                    }
                    'notification-lockdown-reminder': {
                        table: 'sysevent_email_action'
                        id: '611b7e445148447cae8f0ce975af8ae5'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '57b582eb1007414d8389039499192647'
                    }
                    'properties-category': {
                        table: 'sys_properties_category'
                        id: 'a115838281e24ab4ba04c4434024500e'
                    }
                    'properties-category-approval-due-days': {
                        table: 'sys_properties_category_m2m'
                        id: '676728c2be7747d4aff4f5570fb71859'
                    }
                    'properties-category-approval-fallback-group': {
                        table: 'sys_properties_category_m2m'
                        id: '4cc5c22c27ea430189eb4a4b3c1f62b8'
                    }
                    'properties-category-credential-task-group': {
                        table: 'sys_properties_category_m2m'
                        id: '576b3b7540914c83baba1f05604e9161'
                    }
                    'properties-category-group': {
                        table: 'sys_properties_category_m2m'
                        id: '501d7d5002f94590a5214009a62e5b73'
                    }
                    'properties-category-group-roles': {
                        table: 'sys_properties_category_m2m'
                        id: 'f92470670ab743518693249684015368'
                    }
                    'properties-category-gui-window-days': {
                        table: 'sys_properties_category_m2m'
                        id: 'fb9a5de8797249278b250ab33924ca86'
                    }
                    'properties-category-lockdown-batch-size': {
                        table: 'sys_properties_category_m2m'
                        id: '26ab91234a51436ca51f6c9ca8893b96'
                    }
                    'properties-category-reminder-days': {
                        table: 'sys_properties_category_m2m'
                        id: 'c3180ed090df4bb9a831452f47855901'
                    }
                    'properties-category-user-id-max-length': {
                        table: 'sys_properties_category_m2m'
                        id: 'afe123d814ba4e84acb8c7f6f75c9cc9'
                    }
                    'properties-category-user-id-prefix': {
                        table: 'sys_properties_category_m2m'
                        id: '2ff834b1519d492cbd98bd3317873f0b'
                    }
                    'properties-category-user-id-reserved-names': {
                        table: 'sys_properties_category_m2m'
                        id: '308b1ed0ad7e4bdb87c425bcab7d8b33'
                    }
                    'property-approval-due-days': {
                        table: 'sys_properties'
                        id: '40466d245fe7439ab0175654410d1563'
                    }
                    'property-approval-fallback-group': {
                        table: 'sys_properties'
                        id: '70b8955e01df46b8a205f5491ccc9798'
                    }
                    'property-credential-task-group': {
                        table: 'sys_properties'
                        id: '71688e9b92e14d07b5b79d09d183fb14'
                    }
                    'property-group': {
                        table: 'sys_properties'
                        id: '6644bc8672b54501b58b0a2e29e284d7'
                    }
                    'property-group-roles': {
                        table: 'sys_properties'
                        id: 'e0935388e5754cbc9ce00db3927d3e0a'
                    }
                    'property-gui-window-days': {
                        table: 'sys_properties'
                        id: 'a8d639cda0f2486a98d50701d930a908'
                    }
                    'property-lockdown-batch-size': {
                        table: 'sys_properties'
                        id: '2a8bcc63da9548a1960087875bf46f6b'
                    }
                    'property-reminder-days': {
                        table: 'sys_properties'
                        id: 'f959982a68254b69a145f2686ed3870d'
                    }
                    'property-user-id-max-length': {
                        table: 'sys_properties'
                        id: 'd89a7d55af254f5899700a7a51590f65'
                    }
                    'property-user-id-prefix': {
                        table: 'sys_properties'
                        id: '02ea418fc2a840f1b3d4a1c161f3f5a4'
                    }
                    'property-user-id-reserved-names': {
                        table: 'sys_properties'
                        id: '5ad8ce5401e54017b10ed2a58e5e6709'
                    }
                    'provision-atf-forged-answer': {
                        table: 'sys_atf_step'
                        id: '42526ebe315c4a1292b5614ac7c105cc'
                    }
                    'provision-atf-forged-answer-link': {
                        table: 'sys_atf_step'
                        id: '8fed72f57b17486a8e536baf4647206b'
                    }
                    'provision-atf-forged-approval': {
                        table: 'sys_atf_test'
                        id: 'e9d009409b0945a6b98c8f311a7164e9'
                    }
                    'provision-atf-forged-cleanup-after': {
                        table: 'sys_atf_step'
                        id: 'b3d5f157b4124ba49cb674d1471c92b5'
                    }
                    'provision-atf-forged-cleanup-after-wait': {
                        table: 'sys_atf_step'
                        id: '56b6227c5c914f0d8e51206988aa3b67'
                    }
                    'provision-atf-forged-cleanup-before': {
                        table: 'sys_atf_step'
                        id: '0861287c28064dfc8c75051b8c58019b'
                    }
                    'provision-atf-forged-cleanup-before-wait': {
                        table: 'sys_atf_step'
                        id: 'f333f0b5722a411ea7290684e1637c81'
                    }
                    'provision-atf-forged-edit': {
                        table: 'sys_atf_step'
                        id: '8a7b85850b5541cd820c2c69e64938e0'
                    }
                    'provision-atf-forged-item': {
                        table: 'sys_atf_step'
                        id: 'f347149dc4994296bc87be3c8b97bb23'
                    }
                    'provision-atf-forged-manager': {
                        table: 'sys_atf_step'
                        id: 'e4e51db3a24f4176b88e2c2c0c8dccf0'
                    }
                    'provision-atf-forged-no-account': {
                        table: 'sys_atf_step'
                        id: '84e6332dce3a4979bc50fc20727bcf70'
                    }
                    'provision-atf-forged-no-inventory': {
                        table: 'sys_atf_step'
                        id: '6c1ad9198c6140ad9ce1e72dcea48184'
                    }
                    'provision-atf-forged-owner': {
                        table: 'sys_atf_step'
                        id: '902a5ab4f46d4c848508a424c4d411cd'
                    }
                    'provision-atf-forged-question': {
                        table: 'sys_atf_step'
                        id: 'c2825ea7220b44e6888033b2d1f94c34'
                    }
                    'provision-atf-forged-wait': {
                        table: 'sys_atf_step'
                        id: 'b5a4e4f88eb34d4f9e06ab54bcc17a40'
                    }
                    'provision-atf-forged-work-note': {
                        table: 'sys_atf_step'
                        id: '21026ea6ec67495ea76f24b9f456e9fb'
                        deleted: true
                    }
                    'provision-atf-genuine-account': {
                        table: 'sys_atf_step'
                        id: 'e6a422d9bd7e4bd5b44f2bc12414f7e0'
                    }
                    'provision-atf-genuine-answer': {
                        table: 'sys_atf_step'
                        id: '80e30538fae54382bdb29c82f9311381'
                        deleted: true
                    }
                    'provision-atf-genuine-answer-link': {
                        table: 'sys_atf_step'
                        id: '4423e25c833f4223b126dcc755ccf9f2'
                        deleted: true
                    }
                    'provision-atf-genuine-approval': {
                        table: 'sys_atf_test'
                        id: '296dc7b3b7d14357947147337ad40588'
                    }
                    'provision-atf-genuine-approval-record': {
                        table: 'sys_atf_step'
                        id: 'b8ddb661e0544f3d8bddf3a760064efd'
                        deleted: true
                    }
                    'provision-atf-genuine-approve': {
                        table: 'sys_atf_step'
                        id: 'deec12b10e1e46debd5a2603880fc462'
                    }
                    'provision-atf-genuine-cleanup-after': {
                        table: 'sys_atf_step'
                        id: 'cecbec0726fc4524bd0190b43be78635'
                    }
                    'provision-atf-genuine-cleanup-after-wait': {
                        table: 'sys_atf_step'
                        id: '29b14eed58dc4bada242442d40a23692'
                    }
                    'provision-atf-genuine-cleanup-before': {
                        table: 'sys_atf_step'
                        id: 'eac10ba82280447582004af8cceca8d6'
                    }
                    'provision-atf-genuine-cleanup-before-wait': {
                        table: 'sys_atf_step'
                        id: '52bf851aedc4416ca1340bf41322e5b6'
                    }
                    'provision-atf-genuine-credential-task': {
                        table: 'sys_atf_step'
                        id: '496007b3bab3473fbfb95b5a9633c788'
                    }
                    'provision-atf-genuine-explorer': {
                        table: 'sys_atf_step'
                        id: 'a7a687b1035740a7831e20479e848ddc'
                    }
                    'provision-atf-genuine-fill-form': {
                        table: 'sys_atf_step'
                        id: '128f8a501abd42b7b24425d36b20fadb'
                    }
                    'provision-atf-genuine-find-item': {
                        table: 'sys_atf_step'
                        id: '2dff58ea0bc44c36a34f87b9f91a9839'
                    }
                    'provision-atf-genuine-impersonate-manager': {
                        table: 'sys_atf_step'
                        id: '42107a2079bb48d38ee8a2fdd0462a12'
                    }
                    'provision-atf-genuine-impersonate-owner': {
                        table: 'sys_atf_step'
                        id: '1e72ae1961d044149c1f5d076c63c4e7'
                    }
                    'provision-atf-genuine-inventory': {
                        table: 'sys_atf_step'
                        id: '6e46cde44b99487b84a3006e79510086'
                    }
                    'provision-atf-genuine-item': {
                        table: 'sys_atf_step'
                        id: '875d234c280948bf9e81e61ad6999527'
                        deleted: true
                    }
                    'provision-atf-genuine-item-approved': {
                        table: 'sys_atf_step'
                        id: 'c2325cc0910f44f3a5e5ce6b4a6b2f40'
                        deleted: true
                    }
                    'provision-atf-genuine-itil': {
                        table: 'sys_atf_step'
                        id: 'dfa34104b3664d9e993aae3091dca0a1'
                    }
                    'provision-atf-genuine-manager': {
                        table: 'sys_atf_step'
                        id: '316cb243ec614978976702196c2185fd'
                    }
                    'provision-atf-genuine-manager-asked': {
                        table: 'sys_atf_step'
                        id: 'eb788f4322914434be175830089dd0f2'
                    }
                    'provision-atf-genuine-mark-checked': {
                        table: 'sys_atf_step'
                        id: '9acd49a4872b4dd6b00a21fecca7e4ec'
                    }
                    'provision-atf-genuine-membership': {
                        table: 'sys_atf_step'
                        id: 'd0bf3041e5e0427a940731843e06f3f0'
                    }
                    'provision-atf-genuine-no-direct-role': {
                        table: 'sys_atf_step'
                        id: 'cfc9b0f8fb35421296eca5ccc4efd7a2'
                    }
                    'provision-atf-genuine-open-item': {
                        table: 'sys_atf_step'
                        id: '78dcdbf5948b44b6a1a740aa15fbaea6'
                    }
                    'provision-atf-genuine-order': {
                        table: 'sys_atf_step'
                        id: 'a7af50147cfa48139740b10729b2d83e'
                    }
                    'provision-atf-genuine-owner': {
                        table: 'sys_atf_step'
                        id: '18e6bb2a40b34341860035b4848e3f73'
                    }
                    'provision-atf-genuine-question': {
                        table: 'sys_atf_step'
                        id: 'b901d39acf7d4ca9b951b5869a6f5629'
                        deleted: true
                    }
                    'provision-atf-genuine-wait': {
                        table: 'sys_atf_step'
                        id: 'b2f15ee9dd6947608a7777f5d2813c43'
                    }
                    'provision-on-approval-br': {
                        table: 'sys_script'
                        id: '861ec223a24d46b8a6cb029c5ecdfddd'
                    }
                    'provisioning-retry-event': {
                        table: 'sysevent_register'
                        id: '8e59c5d3a65b4236bab6d692e289cebe'
                    }
                    'readiness-check-ajax-acl': {
                        table: 'sys_security_acl'
                        id: '5889fdf47ab24bd5813be0b50da3d308'
                    }
                    'readiness-check-ajax-si': {
                        table: 'sys_script_include'
                        id: '2d9ed3a7deab4dfca6d821d13bdc0eb0'
                    }
                    'readiness-cross-scope-sys-hub-flow-read': {
                        table: 'sys_scope_privilege'
                        id: 'c4029bd3da424ff0830e02980c3a69d8'
                    }
                    'readiness-cross-scope-sys-scope-privilege-read': {
                        table: 'sys_scope_privilege'
                        id: '82c0238c66a44927aa69728cf4f7d62a'
                    }
                    'remove-atf-accounts-script-action': {
                        table: 'sysevent_script_action'
                        id: '41a8b79f2e954c58acdb9ed292717ff8'
                    }
                    'request-approved-event': {
                        table: 'sysevent_register'
                        id: '74c9c192eb8e43d7879d7b8e08fbb3cd'
                    }
                    'request-approved-notification': {
                        table: 'sysevent_email_action'
                        id: 'c4dc501a5e114b90bdf02f7ecf2bbd43'
                    }
                    'request-cross-scope-item-option-new-read': {
                        table: 'sys_scope_privilege'
                        id: 'bab24dfd05d140258e32a308826582c9'
                    }
                    'request-cross-scope-sc-item-option-create': {
                        table: 'sys_scope_privilege'
                        id: '4477105a46a24eafb5b91033772343e7'
                    }
                    'request-cross-scope-sc-item-option-mtom-create': {
                        table: 'sys_scope_privilege'
                        id: '3d5a492514634c6fb9f8a9539c43c70a'
                    }
                    'request-cross-scope-sc-item-option-mtom-read': {
                        table: 'sys_scope_privilege'
                        id: 'cd70848e71cb4409813c9fe24d72e207'
                    }
                    'request-cross-scope-sc-item-option-read': {
                        table: 'sys_scope_privilege'
                        id: 'fb0ce59709f442eda6ee41732a9d4191'
                    }
                    'request-cross-scope-sc-item-option-write': {
                        table: 'sys_scope_privilege'
                        id: '0e3524bdae3441d1b274457e45c4a363'
                    }
                    'request-cross-scope-sc-req-item-read': {
                        table: 'sys_scope_privilege'
                        id: '1421e2b819af4f439bab88ffcf7dc130'
                    }
                    'request-cross-scope-sc-req-item-write': {
                        table: 'sys_scope_privilege'
                        id: '18d11f9e602448e5ab7b9c3036fac015'
                    }
                    'request-cross-scope-sys-user-group-read': {
                        table: 'sys_scope_privilege'
                        id: '2b0e5c729f7d42bfa70aa5c1c42e212a'
                    }
                    'request-cross-scope-sys-user-read': {
                        table: 'sys_scope_privilege'
                        id: '012d861d8cdb40318d6273b8cfcbd9b1'
                    }
                    'request-expired-event': {
                        table: 'sysevent_register'
                        id: '8a5339bfe00d413290677ad611b9fc13'
                    }
                    'request-expired-notification': {
                        table: 'sysevent_email_action'
                        id: '0da74670840f41c89bd0068f0f0f64ad'
                    }
                    'request-rejected-event': {
                        table: 'sysevent_register'
                        id: 'c4a3c876236849ecb4fabdcae06207f9'
                    }
                    'request-rejected-notification': {
                        table: 'sysevent_email_action'
                        id: 'f0a6548bfce74371aff9bd667bfa269a'
                    }
                    'request-service-account-item': {
                        table: 'sc_cat_item'
                        id: 'e1f357274cdb4466b21165c67e64108f'
                    }
                    'request-service-account-roles-on-load': {
                        table: 'catalog_script_client'
                        id: 'd68cebe41a2d4ed5931e240763b3c1cb'
                    }
                    'request-service-account-user-id-on-change': {
                        table: 'catalog_script_client'
                        id: '60576af774da4104b9be34c562b4c92a'
                    }
                    'request-service-account-user-id-on-submit': {
                        table: 'catalog_script_client'
                        id: '4f90ee43deb7490caf6fb3ce28a7e13f'
                    }
                    'retry-provisioning-script-action': {
                        table: 'sysevent_script_action'
                        id: '28c54ec8055044bc90ea149bc7b0918e'
                    }
                    'retry-provisioning-ui-action': {
                        table: 'sys_ui_action'
                        id: 'b3b372102f4348d99816635b18416454'
                    }
                    'route-service-account-approval-action': {
                        table: 'sys_hub_action_type_definition'
                        id: '5525dbf007874b5e8d71bddebe36080f'
                    }
                    'route-service-account-approval-script': {
                        table: 'sys_hub_step_instance'
                        id: '737a3ce1b9e8494789d817eb925c5b32'
                    }
                    'service-account-account-field-write-acl': {
                        table: 'sys_security_acl'
                        id: '29489e0dbdaf43b4a34eda5a92166b16'
                    }
                    'service-account-admin-group': {
                        table: 'sys_user_group'
                        id: '363f18415e5a490ca4debd62109a8237'
                    }
                    'service-account-approval-ask-group': {
                        table: 'sys_hub_action_instance_v2'
                        id: 'dbe78fc451b145cfbab55b3a2d31acb8'
                    }
                    'service-account-approval-ask-manager': {
                        table: 'sys_hub_action_instance_v2'
                        id: 'ba409868077b41ec840537536f5ad33f'
                    }
                    'service-account-approval-close-expired': {
                        table: 'sys_hub_action_instance_v2'
                        id: '8c7a6fd6c2ad428b9ebf11f2fb2f4e0a'
                    }
                    'service-account-approval-close-not-routed': {
                        table: 'sys_hub_action_instance_v2'
                        id: 'fcad553c14714ab6821e6da2238855e8'
                    }
                    'service-account-approval-close-rejected': {
                        table: 'sys_hub_action_instance_v2'
                        id: '85de17622916485caea457382dd5b4f3'
                    }
                    'service-account-approval-end-not-routed': {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '5b396cf6d9cc40c69bb21ec4bb7d71d3'
                    }
                    'service-account-approval-event-approved': {
                        table: 'sys_hub_action_instance_v2'
                        id: 'ea0371c077404315b4bb31eed245170d'
                    }
                    'service-account-approval-event-expired': {
                        table: 'sys_hub_action_instance_v2'
                        id: '2ea8cafd7f96440092f62f431fdc5225'
                    }
                    'service-account-approval-event-not-routed': {
                        table: 'sys_hub_action_instance_v2'
                        id: 'baf9add06c8e466f9818c0515e31f966'
                    }
                    'service-account-approval-event-rejected': {
                        table: 'sys_hub_action_instance_v2'
                        id: '142268709d9547e1a7ad2821ced4e1e0'
                    }
                    'service-account-approval-expired': {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '392ddc1749cf4f4babdc8832660ef04c'
                    }
                    'service-account-approval-flow': {
                        table: 'sys_hub_flow'
                        id: '1ccbe5c49bc0475f95258e23a939d044'
                    }
                    'service-account-approval-group-decision': {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: 'c860b46973c944368071aea6c0d15620'
                    }
                    'service-account-approval-if-approved': {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '1d2dcf3210ee4c30a40992fc4a1d1a44'
                    }
                    'service-account-approval-if-group': {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '0eead077987d40c08382d39b7f74da3f'
                    }
                    'service-account-approval-if-manager': {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: 'eade4d4849e0412ab0a934f98f131fdd'
                    }
                    'service-account-approval-if-rejected': {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '09de851fb8394de097db9e6508dbfdb9'
                    }
                    'service-account-approval-manager-decision': {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '843394cecb6d43b0855e84914d1d46da'
                    }
                    'service-account-approval-not-routed': {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '8d9fc72cbdb044019b25547d363a2b5c'
                    }
                    'service-account-approval-route': {
                        table: 'sys_hub_action_instance_v2'
                        id: 'e5a2195528b748f5bc713ba49edad25d'
                    }
                    'service-account-approval-routing-si': {
                        table: 'sys_script_include'
                        id: 'dfb213eff586457f93d0383dfbc48bf0'
                    }
                    'service-account-approval-trigger': {
                        table: 'sys_hub_trigger_instance_v2'
                        id: '1288e2e597484650908837701e332f0c'
                    }
                    'service-account-approvals-relationship': {
                        table: 'sys_relationship'
                        id: '7e7ef69c394c44bf9c154b3befb15e8c'
                    }
                    'service-account-approver-group': {
                        table: 'sys_user_group'
                        id: 'd9d2c7f125814fbb9ad4056554ef9d8c'
                    }
                    'service-account-create-acl': {
                        table: 'sys_security_acl'
                        id: 'ebd8b81d6d7b4ea19b93fa6793c8e7bb'
                    }
                    'service-account-delete-acl': {
                        table: 'sys_security_acl'
                        id: '134d480750d8472dba4558d710591e95'
                    }
                    'service-account-form-lock-down-note': {
                        table: 'sys_ui_annotation'
                        id: 'f2477c4b53f84e8087610a6a0ac0e292'
                    }
                    'service-account-group': {
                        table: 'sys_user_group'
                        id: '211553d3b22342c697735afdda92c07d'
                    }
                    'service-account-group-itil': {
                        table: 'sys_group_has_role'
                        id: 'f74c7d7572154c20ba0239fe1876b59c'
                    }
                    'service-account-journal-relationship': {
                        table: 'sys_relationship'
                        id: '612fd0db1dce47b893763ffdb158ca12'
                    }
                    'service-account-read-acl': {
                        table: 'sys_security_acl'
                        id: 'af3e0de16cc24602817ab39aa824272a'
                    }
                    'service-account-read-own-acl': {
                        table: 'sys_security_acl'
                        id: 'c5e0969b00d5428ea46a9ffab62cbd08'
                    }
                    'service-account-related-list-approvals': {
                        table: 'sys_ui_related_list_entry'
                        id: '9eb34164cd8d4f2da9dc27b3f72f93c6'
                    }
                    'service-account-related-list-journal': {
                        table: 'sys_ui_related_list_entry'
                        id: '77a8edc5e0634f65aa43b6a16bb4722c'
                    }
                    'service-account-related-list-request-item': {
                        table: 'sys_ui_related_list_entry'
                        id: '4336e09bc8e143b9a1aea3314cfd4107'
                    }
                    'service-account-related-lists': {
                        table: 'sys_ui_related_list'
                        id: '0101b005e7d347b7b34257e73fde6e37'
                    }
                    'service-account-request-ajax-acl': {
                        table: 'sys_security_acl'
                        id: 'bbb0afc4e5e4438783b97f11d76a10dd'
                    }
                    'service-account-request-ajax-si': {
                        table: 'sys_script_include'
                        id: '238ef458ceaf4e8385feaecf86c6b80e'
                    }
                    'service-account-request-item-field-write-acl': {
                        table: 'sys_security_acl'
                        id: '8066e13b446e47dd8690f8568fb4876e'
                    }
                    'service-account-request-item-relationship': {
                        table: 'sys_relationship'
                        id: 'ecc0d77544544ced9f3026797cfacba6'
                    }
                    'service-account-requesters-criteria': {
                        table: 'user_criteria'
                        id: 'e173106c3f3a4022966f64e8bfa0f70c'
                    }
                    'service-account-user-name-field-write-acl': {
                        table: 'sys_security_acl'
                        id: '20993889e4474c068b1ded5a3d7766c0'
                    }
                    'service-account-write-acl': {
                        table: 'sys_security_acl'
                        id: '2d6ce315332c453e93995dcc17bb464f'
                    }
                    'service-accounts-menu': {
                        table: 'sys_app_application'
                        id: '636d4e35c58340a1af20622e2d9716ca'
                    }
                    'src_server_access_group-roles_ts': {
                        table: 'sys_module'
                        id: '65eca51d070d4885a10bd554fa91125f'
                    }
                    'src_server_approval_approver-choice_ts': {
                        table: 'sys_module'
                        id: '6208e5d6a6424dad91f7bbc00aa25fae'
                    }
                    'src_server_approval_approver-route_ts': {
                        table: 'sys_module'
                        id: '68b37bb757064763b2e8528f74bfbb78'
                    }
                    'src_server_approval_approver-route-summary_ts': {
                        table: 'sys_module'
                        id: '18d186cfcfdf434597c1ada437b6a3b4'
                    }
                    'src_server_approval_service-account-parties_ts': {
                        table: 'sys_module'
                        id: 'ad737b6da2e443eaa54f2ea9ad186051'
                    }
                    'src_server_approval_verify-approval_ts': {
                        table: 'sys_module'
                        id: '73f6fcc6828d41b19f8ef56b55f94876'
                    }
                    'src_server_catalog_request-variables_ts': {
                        table: 'sys_module'
                        id: '689c0f9180cb4213bf131eb4e3b24800'
                    }
                    src_server_config_app_ts: {
                        table: 'sys_module'
                        id: 'c09c01b7adf0450094348d0d85397b46'
                    }
                    src_server_config_properties_ts: {
                        table: 'sys_module'
                        id: 'a7a73166d49942869cbe991589d5b0b2'
                    }
                    'src_server_lockdown_confirm-lockdown_ts': {
                        table: 'sys_module'
                        id: '59f727a5895249bba2a464a0252b29e2'
                    }
                    'src_server_lockdown_drift-guard_ts': {
                        table: 'sys_module'
                        id: 'f653b59f4e1e421987c7f9b81b413fb3'
                    }
                    'src_server_lockdown_lock-down_ts': {
                        table: 'sys_module'
                        id: '1e6e5a61aca149e797b25baf6304cc7e'
                    }
                    'src_server_lockdown_lockdown-rules_ts': {
                        table: 'sys_module'
                        id: 'c070e5d115564653b694b208c3e72ca2'
                    }
                    'src_server_lockdown_reopen-gui-window_ts': {
                        table: 'sys_module'
                        id: '9a8ee0e2670b4f97b5d0ad32a286130b'
                    }
                    'src_server_lockdown_window-sweep_ts': {
                        table: 'sys_module'
                        id: 'a271f6eb66ee4254921d4e9e8fe86a77'
                    }
                    'src_server_naming_user-id-form-check_ts': {
                        table: 'sys_module'
                        id: '70a0fe88560c4f41bcea86d09cf57732'
                    }
                    'src_server_naming_user-id-rules_ts': {
                        table: 'sys_module'
                        id: '9c72060f8c55402ca1267cf29f02513f'
                    }
                    'src_server_provisioning_catalog-item_ts': {
                        table: 'sys_module'
                        id: '865ab32eb8504c6cab8dbbcd5f754dc6'
                    }
                    'src_server_provisioning_credential-task_ts': {
                        table: 'sys_module'
                        id: '3027fc758101446fb22ce0ffdb24b872'
                    }
                    src_server_provisioning_inventory_ts: {
                        table: 'sys_module'
                        id: '497970ff1e3d48ca9dcac2108fec9182'
                        deleted: true
                    }
                    'src_server_provisioning_provision-service-account_ts': {
                        table: 'sys_module'
                        id: '40a815e4bd0a4f879c1df74cd34a451e'
                    }
                    'src_server_provisioning_provisioning-plan_ts': {
                        table: 'sys_module'
                        id: 'c2509024dee345f2bdedd22ec26ab54e'
                    }
                    'src_server_provisioning_remove-atf-accounts_ts': {
                        table: 'sys_module'
                        id: '02bb0c8e45184c8a98430ebf0435b122'
                    }
                    'src_server_provisioning_retry-provisioning_ts': {
                        table: 'sys_module'
                        id: 'a2f83069f1cc443f8a5d4757f4359bf3'
                    }
                    'src_server_readiness_app-records_ts': {
                        table: 'sys_module'
                        id: '8e920bbd353d432496a4ab2ad389d1c2'
                    }
                    'src_server_readiness_readiness-check_ts': {
                        table: 'sys_module'
                        id: '0b4ca7b17f034a5482a8f5ee5a10f82f'
                    }
                    'src_server_readiness_readiness-checks_ts': {
                        table: 'sys_module'
                        id: '164d5fffa4434fd1b7d3a43aeeff4219'
                    }
                    'ui-action-confirm-lockdown': {
                        table: 'sys_ui_action'
                        id: '55561c20d46c405d9f1109c1753131d0'
                    }
                    'ui-action-reopen-gui-window': {
                        table: 'sys_ui_action'
                        id: 'f76d861dcdbe47f5a9cafbca2d5d2a76'
                    }
                }
                composite: [
                    {
                        table: 'sys_ui_element'
                        id: '012fb8e894e5497e85ebb20c0cf62f44'
                        key: {
                            sys_ui_section: {
                                id: '2db807b1a8d54eb695d4d178521223d1'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Lock-down'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'locked_down_on'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0157e6fb70374c579f1c643e1cc036e7'
                        key: {
                            document_key: 'e4e51db3a24f4176b88e2c2c0c8dccf0'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0177e560fe244ffa9aa626e4368ef75f'
                        key: {
                            document_key: 'cfc9b0f8fb35421296eca5ccc4efd7a2'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '018daf0cc01343df8bfaf56350b25dbd'
                        key: {
                            document_key: '52bf851aedc4416ca1340bf41322e5b6'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '01978d6fea9c4f1d8cf2c6268faeba80'
                        key: {
                            document_key: '4b3b3b898d34407a8575f2962ff4c551'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '01d60b1d8e124d128dfb425f6da303d0'
                        key: {
                            model: '737a3ce1b9e8494789d817eb925c5b32'
                            element: 'approval_reason'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '01d79f1e6b5c42e198d6f9bffe85e5f4'
                        key: {
                            document_key: 'c17c3b5502ad49ccb47220e05e36e52f'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '021f0ac3a50e4a33bcc6cffa22d35979'
                        deleted: true
                        key: {
                            document_key: '21026ea6ec67495ea76f24b9f456e9fb'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0263ba8ae8a446fc9b638061b4f77cf6'
                        key: {
                            document_key: '79ddff20c44344c79aefb7873d42cadb'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0294f0013f63499093d43460ea28bc6a'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                            value: 'retired'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '02f09d421f7845558db53403d5a739ce'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '01d40453ddb644b588503c12a654c119'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '034a6ffe09a544a6a6f7f24a453181c2'
                        key: {
                            sys_ui_section: {
                                id: 'fc6eedafde7444c59356e395c82354ce'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Service account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'consuming_system'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: '03797df0e89c4bc185adacb090546f3c'
                        key: {
                            endpoint: 'x_seed_svcacct_readiness_check.do'
                        }
                    },
                    {
                        table: 'sc_cat_item_catalog'
                        id: '0383da12cab44cfaa5dc7deecd09da41'
                        key: {
                            sc_cat_item: 'e1f357274cdb4466b21165c67e64108f'
                            sc_catalog: 'e0d08b13c3330100c8b837659bba8fb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '04122978a9334fe786fdf3f921f80765'
                        key: {
                            document_key: '2ebb9f416b5a4a0e8d7dbb141dc6b132'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '053d069f262b48f6b28965dac2b61295'
                        key: {
                            list_id: {
                                id: '984721deaf72489db7c9509399fda307'
                                key: {
                                    name: 'sc_req_item'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'ecc0d77544544ced9f3026797cfacba6'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'opened_by'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '06c963de059e4d9b8dd1be7a5d948e2b'
                        key: {
                            document_key: '79ddff20c44344c79aefb7873d42cadb'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '07c872ba198d43b1bac899b7d2d83d1b'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '496007b3bab3473fbfb95b5a9633c788'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0852946780de4f538c43f4a5de5ea2c8'
                        key: {
                            document_key: '01d40453ddb644b588503c12a654c119'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '088e8dfc9ffb4918924a9982a273a913'
                        key: {
                            document_key: '0b93fed3a6ee4fa39abf154bda43dc62'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '08fb502eef4d4a30a9beee27ffcc7bca'
                        key: {
                            document_key: 'cfc9b0f8fb35421296eca5ccc4efd7a2'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '08fc5006ee0e4ba5a27c095e07c16b77'
                        deleted: true
                        key: {
                            document_key: 'c2325cc0910f44f3a5e5ce6b4a6b2f40'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0a0496479ecb4d44b606c787113b6801'
                        key: {
                            field: 'route'
                            table: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            id: '5525dbf007874b5e8d71bddebe36080f'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0a23b654d93e491883433c1f582ab39c'
                        key: {
                            document_key: 'c2825ea7220b44e6888033b2d1f94c34'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0a3cf1b4246a457aad4071759014d7d7'
                        key: {
                            document_key: '9f4cb409ca5f4ba3a88a315e87fa4210'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '0affb8847b4940b78dca856a3e4c3319'
                        key: {
                            model: '5525dbf007874b5e8d71bddebe36080f'
                            element: 'requester_comment'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '0c390741f3964a7483eca1e5ca5a6b31'
                        key: {
                            model: '5525dbf007874b5e8d71bddebe36080f'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0d10b5073dc744fc8efb3c5607ab4710'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'reminder_sent_on'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0e919fd68d414e22b3b7a64c7b80cdc0'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                            value: 'admin'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0ebc957013fa4eba8ac82a840c44742d'
                        key: {
                            name: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            element: 'requester_comment'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0f24e9a4fe604d6298eef38598bcd58a'
                        deleted: true
                        key: {
                            sys_security_acl: 'ebd8b81d6d7b4ea19b93fa6793c8e7bb'
                            sys_user_role: {
                                id: 'b7979ffd19454968abedf4486e2fae10'
                                key: {
                                    name: 'x_seed_svcacct.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0f995aaaf6e344e981fb2db1abd5d5e9'
                        deleted: true
                        key: {
                            document_key: 'b901d39acf7d4ca9b951b5869a6f5629'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1024b1c4dd614a6ab6b53c426075aa1e'
                        key: {
                            document_key: 'f3f648aa6e224679acdea52e5e5e626b'
                            variable: '4a3319d73702030064a52f3c8e41f1a9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1101829e9a4d40df93bc7a97f9f49091'
                        key: {
                            document_key: '6c1ad9198c6140ad9ce1e72dcea48184'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1108eb60c68b442fb803bdae87c9ed11'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_problem'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '11152dc61f3d4adf90c3c58b715930bd'
                        key: {
                            model: '737a3ce1b9e8494789d817eb925c5b32'
                            element: 'request_item_id'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '11313fddf2ce4865a3a51cc7b2fad8fd'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'b2f15ee9dd6947608a7777f5d2813c43'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '11b0d2b1885545d6ba4de2f96bbbb5b5'
                        key: {
                            document_key: 'eb788f4322914434be175830089dd0f2'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '120b499ca0974871815ff818fd8e6834'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'purpose'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1223ded909194f4eb0ede236a28b1ade'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                            value: 'window_expired'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '124d06186211411f9e984e571105c82a'
                        key: {
                            document_key: 'a52b85345ce84a1a891ffecf8fceaf8a'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '128be38b04804ce8a84241af5c6bf6db'
                        key: {
                            document_key: 'd7cf0fa27b294399adbc0a1e0acd678b'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '12afab70d4af44518f88493c5428aa38'
                        key: {
                            document_key: '26058a2963de4e9993c75665a4e30edc'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '131815f6d8f84c68a87ee1684d074e01'
                        key: {
                            document_key: 'c17c3b5502ad49ccb47220e05e36e52f'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '13b5288bdfcd480eb33f72015b44bf8f'
                        deleted: true
                        key: {
                            document_key: '21026ea6ec67495ea76f24b9f456e9fb'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '13b6ad8293fa439a979292358c2ba37b'
                        key: {
                            sys_ui_section: {
                                id: '2db807b1a8d54eb695d4d178521223d1'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Lock-down'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'reminder_sent_on'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '14c200c6d92648609733bbd1e3070f4f'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                            value: 'api_only'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '14fce1c015524d81af1835671cb2822e'
                        key: {
                            document_key: 'a52b85345ce84a1a891ffecf8fceaf8a'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '15578c706ae84793a4aeb2db5f890d1d'
                        key: {
                            document_key: 'b2eb7c679ddd45ab98fac1afde69997f'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1565f3bf89ad495799c46bb55ff75d5a'
                        key: {
                            document_key: '79ddff20c44344c79aefb7873d42cadb'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '156c263f4b17411197370f737faf0933'
                        key: {
                            document_key: '42526ebe315c4a1292b5614ac7c105cc'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '159d1083549b46648143c9abde1c9cb5'
                        key: {
                            model: '737a3ce1b9e8494789d817eb925c5b32'
                            element: 'user_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '15b44d5b21cb4529ad7170e0261d11db'
                        key: {
                            document_key: '902a5ab4f46d4c848508a424c4d411cd'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '15c717b3f27d421fbc518785b114846c'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '02ce3dc48e644e7896abcc7410d17c40'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '162d11a047544cf594944943121af6e6'
                        key: {
                            field: 'requester_comment'
                            table: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            id: '5525dbf007874b5e8d71bddebe36080f'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '177944d87fd4463dbe15c4b5ed81f703'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'account'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '17bcb6df1c124d11ac13164af8542c24'
                        key: {
                            document_key: '5b528f88b3064a929692c674c03e800b'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '17c5f9b5540f458a8dc6bc9d7e924857'
                        deleted: true
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '21026ea6ec67495ea76f24b9f456e9fb'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '187915bd024d4ee4b49d79dd725004dd'
                        key: {
                            document_key: '81822062ee2445dbb7c570973aafa9e7'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '18e86e98adee4f0bab2b77392d3f85bd'
                        key: {
                            document_key: 'f333f0b5722a411ea7290684e1637c81'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '191e4bdc3be84297b25858530e644621'
                        key: {
                            document_key: 'dbd5be7d3c804265b45e706343335bc7'
                            variable: '17513cb2c310320076173b0ac3d3ae64'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1959bb52839841c5872457c0168c988c'
                        key: {
                            document_key: '4a736b5be13843be8449f3bf3baf3fe2'
                            variable: 'b0d64ce1c332220076173b0ac3d3ae95'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '1a13a6f7cab648358bf76f2028bf0abe'
                        key: {
                            sys_ui_form: {
                                id: 'ea5d3ebbd4714ef9b576ba64321de7e5'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'a7e423b33d66466ea1420ed1088adf12'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Activity'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1a56ee4e0b3e4ee08e8a62afe2ff9138'
                        key: {
                            sys_ui_section: {
                                id: 'fc6eedafde7444c59356e395c82354ce'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Service account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'gui_access_until'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1a878b93fdf449b7877a350d316d196b'
                        deleted: true
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'b2f15ee9dd6947608a7777f5d2813c43'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1ab87c5b7c10459bb252492f6c135770'
                        key: {
                            document_key: 'e4e51db3a24f4176b88e2c2c0c8dccf0'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1ab8dcc394d5489c92906f06fa961c69'
                        key: {
                            document_key: 'c2825ea7220b44e6888033b2d1f94c34'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1b527353da9d4abda2295cec1692d0f6'
                        key: {
                            document_key: 'd0bf3041e5e0427a940731843e06f3f0'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '1c658e242df348f3a227a1ac3acc84f9'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1c8cc37135b0426bae5a97fab6c39447'
                        key: {
                            document_key: '902a5ab4f46d4c848508a424c4d411cd'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1cdbd2c124f24a66bfb9cf6af88292b5'
                        key: {
                            document_key: '1e72ae1961d044149c1f5d076c63c4e7'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1d66037cd51b40da94acdee1c56b541b'
                        key: {
                            document_key: '81822062ee2445dbb7c570973aafa9e7'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1de5c162dbff49eaa0ff2c251ea10493'
                        key: {
                            document_key: 'e4e51db3a24f4176b88e2c2c0c8dccf0'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1e4387aa458045b39d869123204c0ded'
                        key: {
                            document_key: 'eac10ba82280447582004af8cceca8d6'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1e496bf3300a46c4adcc5c4ca8648222'
                        key: {
                            document_key: '2dff58ea0bc44c36a34f87b9f91a9839'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1f31a3e807e84b02868af51543d8e7a5'
                        key: {
                            document_key: '1d89d959c7e341f0925d086f2fa71866'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1f334628ca5b4aea89eb318eb3481c14'
                        key: {
                            document_key: '5b528f88b3064a929692c674c03e800b'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2003925131b540639ea1fe92c57df2d5'
                        key: {
                            document_key: '23bad37cf9244a83b972cb7c0fe93141'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2049724a14824f1ca13dc5bef630f358'
                        key: {
                            document_key: 'a7af50147cfa48139740b10729b2d83e'
                            variable: '17513cb2c310320076173b0ac3d3ae64'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '205a9dd7bb6c4a5e96a593ce1447fd3b'
                        key: {
                            document_key: '61c0cf485b134f4eb39e1d84ab1dab44'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '20a01d6a69324ccfbe04d6d3261c86a3'
                        key: {
                            document_key: '2ebb9f416b5a4a0e8d7dbb141dc6b132'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '20a5c072b0e44dc3a69e52696d2298ec'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'a7a687b1035740a7831e20479e848ddc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '210d3d8a12bd4dcd82a7cfa6ceb64419'
                        deleted: true
                        key: {
                            document_key: 'b2f15ee9dd6947608a7777f5d2813c43'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '21970789328d4cbc8852efcca05f6ce4'
                        key: {
                            document_key: 'a52b85345ce84a1a891ffecf8fceaf8a'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '21c5736e42f8496cb01afdc1ea40fe5c'
                        key: {
                            document_key: 'c17c3b5502ad49ccb47220e05e36e52f'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '228b63c72c0b4e86901c5a718ead4781'
                        key: {
                            document_key: '0ea6c8bd67f44923831bb1453247d01f'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '22dc1e3d5bf24dbd9eeb320093aceb58'
                        key: {
                            document_key: 'deec12b10e1e46debd5a2603880fc462'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '23b13fc356154b1e878587ef1d56fd1e'
                        key: {
                            document_key: '8a7b85850b5541cd820c2c69e64938e0'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2415690b60314094bb07d450720106ca'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'locked_down_by'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2476d713fbba4d7793aa4e14addbea89'
                        key: {
                            document_key: '8c70af0d91be4cddb25b785cb3119a29'
                            variable: '346eea25c3b2220076173b0ac3d3ae8b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '250b41835c29401c8941928c75496a01'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'user_name'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2536bc67a1f24a0a804703b81eb76bc7'
                        key: {
                            sys_ui_section: {
                                id: '2db807b1a8d54eb695d4d178521223d1'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Lock-down'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'lockdown_method'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '253caa423fbd4d06995ed683e3d65f9c'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'deec12b10e1e46debd5a2603880fc462'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '256310b22a4944068a6ac04251dd48d5'
                        key: {
                            document_key: 'f333f0b5722a411ea7290684e1637c81'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '25d37ea84a4b4cdf9eb27f1a78a231f0'
                        deleted: true
                        key: {
                            document_key: 'b8ddb661e0544f3d8bddf3a760064efd'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '260e6dc00bc4477ba7c8849bb735eaae'
                        key: {
                            document_key: 'f7152161899243b28777c23b3c4bde56'
                            variable: '7600f16353e0220002c6435723dc34d5'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '265efafb552544c0a2cf0bc0d1e5f287'
                        key: {
                            model: '5525dbf007874b5e8d71bddebe36080f'
                            element: 'approval_reason'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '267c4e79e8bf4ee8bbd9143a11a337cd'
                        key: {
                            name: 'x_seed_svcacct.auditor'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '26957241424e4e318f1d3addfdff7a85'
                        key: {
                            sys_ui_section: {
                                id: 'fc6eedafde7444c59356e395c82354ce'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Service account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'user_name'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '26d54bafff63408ead5f88d2ee5cce57'
                        key: {
                            document_key: '496007b3bab3473fbfb95b5a9633c788'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '27cd042bc18242d2915802b077f895f1'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: 'd1f5471f4cc94909ab06325c275c8404'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2836a2445d5a44ce9044362bae1826ca'
                        key: {
                            document_key: '01d40453ddb644b588503c12a654c119'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '29b486fc528c45c8b7767d8c35ea8117'
                        key: {
                            field: 'approval_group'
                            table: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            id: '5525dbf007874b5e8d71bddebe36080f'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2a2411ad197249deb71362d5e0279b7e'
                        key: {
                            document_key: '96356aa2278f42a7864115dc78b1ab63'
                            variable: '346eea25c3b2220076173b0ac3d3ae8b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2aea343d379d45c89e18c15e340b50eb'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'user_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2b12c168153a4a8d94202d31f6043936'
                        key: {
                            document_key: '52bf851aedc4416ca1340bf41322e5b6'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2b524b583e2c4e618dd3dcbae6dc039f'
                        key: {
                            document_key: '99ca6e0b120349b7a9bac16cace29b72'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2b5a38831a1243eabb5fc4e672281d19'
                        deleted: true
                        key: {
                            document_key: '4423e25c833f4223b126dcc755ccf9f2'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2ba8adde92894c648c84150f6e8b18e7'
                        key: {
                            document_key: '08d5e28707dc45e2912448a8c504c26f'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2bb9c8b8ef744771a876ea9fc929095b'
                        key: {
                            document_key: 'b2eb7c679ddd45ab98fac1afde69997f'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2c27a657d4564a4598ca7c5c75245bf9'
                        key: {
                            document_key: '9f4cb409ca5f4ba3a88a315e87fa4210'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2cb180f2effb4d758b2399f379690f8f'
                        key: {
                            document_key: 'f347149dc4994296bc87be3c8b97bb23'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '2db807b1a8d54eb695d4d178521223d1'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            caption: 'Lock-down'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2e1b53b4f07c4854928c34c700293397'
                        key: {
                            document_key: '0861287c28064dfc8c75051b8c58019b'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2ec69e381b6f4daf8a7899ca49533802'
                        key: {
                            document_key: 'c2825ea7220b44e6888033b2d1f94c34'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2eea50d11ac34ebebe184a4b913f7ca0'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '6c1ad9198c6140ad9ce1e72dcea48184'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2f444a6a101e4eb0866b175fb9c4762a'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'dfa34104b3664d9e993aae3091dca0a1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2f4c88a92e5e4aad8d4bf23976def098'
                        key: {
                            document_key: '99ca6e0b120349b7a9bac16cace29b72'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2fc962a2def3452ea542c9bb57c7b560'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '26058a2963de4e9993c75665a4e30edc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2ff41ef65f154f08a4950240654960f4'
                        key: {
                            document_key: '8a7b85850b5541cd820c2c69e64938e0'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '303ca25665124a10b6c40c297bbfb6e4'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '30f664a8085b4e48b342b390a910c89a'
                        key: {
                            sys_ui_section: {
                                id: '2db807b1a8d54eb695d4d178521223d1'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Lock-down'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'f2477c4b53f84e8087610a6a0ac0e292'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3199e0615df54ccabbc4dfc8be99913d'
                        key: {
                            document_key: 'd7cf0fa27b294399adbc0a1e0acd678b'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_hub_flow_variable'
                        id: '325cff5bbbae49aba5f36bff4a5a99b3'
                        key: {
                            model: '1ccbe5c49bc0475f95258e23a939d044'
                            element: 'approval_state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3260178e86c44916b74d0adf14716d0f'
                        key: {
                            document_key: '316cb243ec614978976702196c2185fd'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '326a75c0725c4cc69d4a14dae1aa2005'
                        key: {
                            document_key: '1d89d959c7e341f0925d086f2fa71866'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '326ae3aaefe34eae926950002985419a'
                        key: {
                            document_key: 'cecbec0726fc4524bd0190b43be78635'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '336a040965764cd1a71ca826f1c83d46'
                        key: {
                            document_key: '4b8c9162e2e54b789fdca2a2db7eca3a'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '34b1fb93e3aa4824bca8ca04c1708d41'
                        key: {
                            document_key: '5fb6f4e55013470195be33094c499b2a'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '34cdd3ededd04f2a91dbcc45430d4c0d'
                        key: {
                            document_key: '08d5e28707dc45e2912448a8c504c26f'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '353ed1349a76409d9ea4dce2ee286277'
                        key: {
                            document_key: 'b5a4e4f88eb34d4f9e06ab54bcc17a40'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '35e0d842717f4d04b7c0d89e7775cae4'
                        key: {
                            document_key: '1f54ce79058c444a83dbebd2360779e2'
                            variable: '571e6a25c3b2220076173b0ac3d3ae46'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '361af2a5d86144c090ca9da5f2a80cfa'
                        deleted: true
                        key: {
                            document_key: '875d234c280948bf9e81e61ad6999527'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '36215b37d5be460b81720c5fc774221c'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '5b528f88b3064a929692c674c03e800b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '367fb5ede84b41289a73a76e9c918a8a'
                        key: {
                            document_key: 'f347149dc4994296bc87be3c8b97bb23'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '36cfd10ea7a044bbb18399df0d9757e4'
                        key: {
                            document_key: '732f1348487d4716bf0a166b7ab71c62'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '36fd4002dd8a460ab2696b88e82a068c'
                        key: {
                            list_id: {
                                id: 'ddc36d7118ac4fcd9c36a14d35f70143'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '37450d2553874927aff7c94b325b6748'
                        key: {
                            document_key: '23bad37cf9244a83b972cb7c0fe93141'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3870df7d4abf4f4bb5aea7cc59e1a52d'
                        key: {
                            sys_ui_section: {
                                id: 'fc6eedafde7444c59356e395c82354ce'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Service account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'request_item'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '38df2c00837c4f63b139068112aa2002'
                        key: {
                            sys_ui_section: {
                                id: '2db807b1a8d54eb695d4d178521223d1'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Lock-down'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '39c16555b5484bebb1f4cd866ee9eb96'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '5fb6f4e55013470195be33094c499b2a'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3a6e3b0e6f3a47a9aeb66768fe4e8d11'
                        deleted: true
                        key: {
                            document_key: '4423e25c833f4223b126dcc755ccf9f2'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3c44e861dd584ae98fe4e10f08f85401'
                        key: {
                            document_key: '79ddff20c44344c79aefb7873d42cadb'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3cdd44d861e6446193b9ece4afe1e530'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'audit_trail'
                        }
                    },
                    {
                        table: 'sc_cat_item_catalog'
                        id: '3d181e7fbcdf46aba39a4057357ad8cf'
                        key: {
                            sc_cat_item: 'ad11a40e17eb4c2b902f3dc3e86f6812'
                            sc_catalog: 'e0d08b13c3330100c8b837659bba8fb4'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3e074b749a5f4b19afb808bf20e5e680'
                        key: {
                            field: 'reason'
                            table: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            id: '5525dbf007874b5e8d71bddebe36080f'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3f0e12183b3e48acbbe37a56047d1f6e'
                        key: {
                            document_key: 'eb788f4322914434be175830089dd0f2'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '40860c9892594321a484fad242dff59a'
                        key: {
                            document_key: '4b3b3b898d34407a8575f2962ff4c551'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '40c2449dfe8d4819a7f057435355e8f7'
                        key: {
                            sys_ui_action: 'f76d861dcdbe47f5a9cafbca2d5d2a76'
                            sys_user_role: {
                                id: 'b7979ffd19454968abedf4486e2fae10'
                                key: {
                                    name: 'x_seed_svcacct.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '412bcd3ae0754079a304845522f0892e'
                        key: {
                            document_key: '52bf851aedc4416ca1340bf41322e5b6'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '41d85b678b5a4988ba504ab187726964'
                        key: {
                            sys_ui_section: {
                                id: '2db807b1a8d54eb695d4d178521223d1'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Lock-down'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'lockdown_problem'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '41fc54d5d5e040b9a194c3cfbe2ee90f'
                        key: {
                            list_id: {
                                id: '4e023dfeb53d47a6bed5f03856fa9629'
                                key: {
                                    name: 'sysapproval_approver'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: '7e7ef69c394c44bf9c154b3befb15e8c'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'due_date'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '426117b6ed4f464e997129572757db7b'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: '902a5ab4f46d4c848508a424c4d411cd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '436b9bfc7859464991871ed34de0c9f2'
                        key: {
                            document_key: '0ea6c8bd67f44923831bb1453247d01f'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '43828dc2a486428fb5ffa3957a16dd23'
                        key: {
                            document_key: 'eb788f4322914434be175830089dd0f2'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4385fa1b896d4f4a80f3e27bd5d51d41'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '42107a2079bb48d38ee8a2fdd0462a12'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4454fe6de74b4f8c84e0b575d743dd18'
                        key: {
                            document_key: 'a7a687b1035740a7831e20479e848ddc'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '447f8c29151d4b2a970202af9d5316c5'
                        key: {
                            field: 'variable_values'
                            table: 'var__m_atf_input_variable_323ca6e1c3b2220076173b0ac3d3aec1'
                            id: '1f54ce79058c444a83dbebd2360779e2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '44a138c332f749c8b1235b4e38dd766e'
                        key: {
                            document_key: '81822062ee2445dbb7c570973aafa9e7'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '45bd34be986f44eeb6cb1d7fedb90171'
                        key: {
                            document_key: '8fed72f57b17486a8e536baf4647206b'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '465c6d7aa857424fb88712dc6d93b339'
                        key: {
                            sys_security_acl: '134d480750d8472dba4558d710591e95'
                            sys_user_role: {
                                id: 'b7979ffd19454968abedf4486e2fae10'
                                key: {
                                    name: 'x_seed_svcacct.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4695a12ada2d49e69b5a2f0ef339cd9c'
                        key: {
                            document_key: '84e6332dce3a4979bc50fc20727bcf70'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '46a79805266446cebbeed501675408e3'
                        key: {
                            document_key: '8967fbf1c58e4e1f8340f3288517160c'
                            variable: 'b124164e53a0220002c6435723dc34c5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '46fabeff61324b32854ffb0c55ca9277'
                        key: {
                            document_key: 'dfa34104b3664d9e993aae3091dca0a1'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '478b6510be91481eaf6c9c6d3e38273d'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '0b93fed3a6ee4fa39abf154bda43dc62'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '47b2f6aac98a4a4c9a789c8187c01a1c'
                        key: {
                            document_key: 'b5a4e4f88eb34d4f9e06ab54bcc17a40'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '484fd5181c814381828518bccc91ba56'
                        key: {
                            document_key: '732f1348487d4716bf0a166b7ab71c62'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '48afe09b26154a179c179a546b69b892'
                        key: {
                            document_key: '99ca6e0b120349b7a9bac16cace29b72'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '48baaaa1e0734e83ad989915199d3ae2'
                        key: {
                            document_key: 'a52b85345ce84a1a891ffecf8fceaf8a'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '49c92217b9c246c29ea6227ce663079a'
                        key: {
                            document_key: 'b2f15ee9dd6947608a7777f5d2813c43'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4a0ffd3dbe6444f587e5a7afb0cfbe07'
                        key: {
                            document_key: '0ea6c8bd67f44923831bb1453247d01f'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4b30ee1e725c48e8a2a7c2ac037ba3be'
                        deleted: true
                        key: {
                            document_key: '875d234c280948bf9e81e61ad6999527'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4b6cc00b99c743c29115d3538aacf1be'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '1e72ae1961d044149c1f5d076c63c4e7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4bff840f83854b9cad74650a7413d158'
                        key: {
                            document_key: 'f347149dc4994296bc87be3c8b97bb23'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4c6152c0b21d4616858640323e48ca8e'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: 'c1c0d27fbb0b49e1a4255558eaf0b2f7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4c62d71a2c4e403184eb30efcdbf235f'
                        key: {
                            document_key: '7f55a524765c4a13b6b45fcd3b69078d'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4cfb5b84aff74aa0bc965bc444ee781f'
                        key: {
                            document_key: '4b8c9162e2e54b789fdca2a2db7eca3a'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '4e023dfeb53d47a6bed5f03856fa9629'
                        key: {
                            name: 'sysapproval_approver'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: '7e7ef69c394c44bf9c154b3befb15e8c'
                            parent: 'x_seed_svcacct_service_account'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4e751841e1504c169391b80a24d7ea4d'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4f8f1fcb5fad438aa004242f7f228b5a'
                        key: {
                            document_key: '732f1348487d4716bf0a166b7ab71c62'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4fa3b992a7d04ff29c2136fb421a06f5'
                        key: {
                            document_key: '84e6332dce3a4979bc50fc20727bcf70'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4fa7eeefee8a48c2a785a5aefb54f857'
                        key: {
                            document_key: 'c17c3b5502ad49ccb47220e05e36e52f'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4fc4476a34104ca5821a02a3ad54dbae'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'f347149dc4994296bc87be3c8b97bb23'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4fc820eddc1d4cf69cb7178c76ca3531'
                        key: {
                            document_key: '00d33e19b5aa4f5f91d23b9a2fa8ce6e'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '501407ccc7b54bb593d72354283f9562'
                        deleted: true
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '875d234c280948bf9e81e61ad6999527'
                        }
                    },
                    {
                        table: 'sc_cat_item_category'
                        id: '505c0e2d63bc40e988a7ea3bcf067498'
                        key: {
                            sc_cat_item: 'ad11a40e17eb4c2b902f3dc3e86f6812'
                            sc_category: '6c25c57909fa4bb0ae8cbb02cea33b66'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '509361969004498b814719587d1eb284'
                        key: {
                            document_key: '8967fbf1c58e4e1f8340f3288517160c'
                            variable: 'c2eb56e853422110248dddeeff7b1261'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '50a8fccc57e3491fb9c89cbead53fdd6'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                            value: 'exploring'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '50faffaaa492494cad0ae03964f1073f'
                        key: {
                            list_id: {
                                id: 'ddc36d7118ac4fcd9c36a14d35f70143'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'user_name'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '52218fdc7956478e9afcc19d0ff1b1d3'
                        key: {
                            document_key: 'e4e51db3a24f4176b88e2c2c0c8dccf0'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '52a4277c6e6847599533c22a446cb847'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '61c0cf485b134f4eb39e1d84ab1dab44'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '52ae1d5e67d9437bb62460a80004beb8'
                        key: {
                            document_key: '0beb71f1402044c99c4b53a84ce746d2'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '52f963cf433243be89c9e2e3db7a1f0e'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                            value: 'owner_confirmed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: '53097290f7f7488184dc768710043d8a'
                        key: {
                            cat_item: 'ad11a40e17eb4c2b902f3dc3e86f6812'
                            variable_set: 'NULL'
                            name: 'service_account'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '534560c00de645b781aa541ac45e4943'
                        key: {
                            document_key: 'fce08f13674d462e90d393db68c0a7bb'
                            variable: '17513cb2c310320076173b0ac3d3ae64'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '53b140f3332344a3877f1bea8a8c3398'
                        key: {
                            document_key: 'f7152161899243b28777c23b3c4bde56'
                            variable: '3eee292353e0220002c6435723dc343c'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '543c59bafb96410b88886bd4781717b4'
                        key: {
                            sys_security_acl: '5889fdf47ab24bd5813be0b50da3d308'
                            sys_user_role: {
                                id: 'b7979ffd19454968abedf4486e2fae10'
                                key: {
                                    name: 'x_seed_svcacct.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '544a939a961b4ff49964fcceab791e7f'
                        key: {
                            document_key: '6c1ad9198c6140ad9ce1e72dcea48184'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '554839c3e0864ac2a4a22858b81d535f'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'account'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '55748a5f07da4d9ea57b317d44444545'
                        key: {
                            document_key: 'e6a422d9bd7e4bd5b44f2bc12414f7e0'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '55a5bdbb5b614bb8b48ed7d2de5b432c'
                        key: {
                            document_key: 'b2eb7c679ddd45ab98fac1afde69997f'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '55b68b077cbb44eeb5151fc41ba7e71d'
                        key: {
                            document_key: '902a5ab4f46d4c848508a424c4d411cd'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '566bf61f8f874ffa9a3761d8e97dc904'
                        deleted: true
                        key: {
                            document_key: '80e30538fae54382bdb29c82f9311381'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '57320390bc49463ca625e92dc46d212a'
                        key: {
                            document_key: '8967fbf1c58e4e1f8340f3288517160c'
                            variable: '17d732a9c7a333005e5c45b881c26007'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5755658c41a34bd5b1fc3442e502558f'
                        key: {
                            document_key: '496007b3bab3473fbfb95b5a9633c788'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '577a4acf3cbf4ab89f7a7c3af49f6a1c'
                        key: {
                            document_key: '70207f3855524ba18996b3620b158061'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '57da41741d58499190915a87cb764a27'
                        key: {
                            document_key: 'cfc9b0f8fb35421296eca5ccc4efd7a2'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5827f06fd6884d878d51170f5c201e44'
                        key: {
                            document_key: '0861287c28064dfc8c75051b8c58019b'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '584838c1e46a4164a4b796d112746945'
                        key: {
                            document_key: '42aeb168c4da4df8b911875a832bda11'
                            variable: '8570e0e33756030064a52f3c8e41f16c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '585d64f879f0420698ec87005b155d87'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '42526ebe315c4a1292b5614ac7c105cc'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '59586dbccd52404cb90c0eeaf5a4f7a6'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'b41ebf08b83349618acc83dd427874c5'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '59e63cfda72e48beb47adb5ce3f30073'
                        key: {
                            list_id: {
                                id: 'ddc36d7118ac4fcd9c36a14d35f70143'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'locked_down_on'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '5a490fc2537d43b4a1a6ec6eaa347372'
                        key: {
                            sys_ui_form: {
                                id: 'ea5d3ebbd4714ef9b576ba64321de7e5'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '2db807b1a8d54eb695d4d178521223d1'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Lock-down'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5a615cc218ae47269521cfe0c948a986'
                        key: {
                            sys_ui_section: {
                                id: 'fc6eedafde7444c59356e395c82354ce'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Service account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5a67ef0dca314c73988e3c2098a9fd96'
                        key: {
                            document_key: 'deec12b10e1e46debd5a2603880fc462'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5a88de3fe80a4f6f80e549b4be8ed6c8'
                        key: {
                            document_key: '4b3b3b898d34407a8575f2962ff4c551'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5c22ec26715a43b2a484f8d985bac191'
                        deleted: true
                        key: {
                            document_key: 'b8ddb661e0544f3d8bddf3a760064efd'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5c2479e9b10c448799c3ac94c3e338c0'
                        key: {
                            sys_ui_section: {
                                id: 'fc6eedafde7444c59356e395c82354ce'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Service account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'purpose'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5c5c59926535480fa5442694a5ca1e97'
                        key: {
                            document_key: '0beb71f1402044c99c4b53a84ce746d2'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '5cb7f2cc747f4e9b93b9aca94024b167'
                        key: {
                            list_id: {
                                id: 'ddc36d7118ac4fcd9c36a14d35f70143'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'account'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5d2e9f5faca349a8a0f508235ca65586'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'request_item'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5e64b50e05c845de84053ac71c1b39d1'
                        key: {
                            document_key: '79ddff20c44344c79aefb7873d42cadb'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5f0c26c8b0734b1abad51789633b59e9'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'request_item'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5f4c25f3d692458486b22420b7c089ef'
                        deleted: true
                        key: {
                            document_key: 'b901d39acf7d4ca9b951b5869a6f5629'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '601e41a6da0f492d8b7171b8891c47cc'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'd0bf3041e5e0427a940731843e06f3f0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '615f52403d46494ea81b9e405fb2e9ed'
                        key: {
                            document_key: 'f333f0b5722a411ea7290684e1637c81'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '626a621e6dcd4f92bda3d9b104f21f02'
                        key: {
                            document_key: '7f55a524765c4a13b6b45fcd3b69078d'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '62e85e25c5a34dda96a57302be6ef324'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '7fef99bc5a444377acdeb732f0ce6c81'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '636b482232444adbbf64eb8f114f545b'
                        key: {
                            document_key: 'eb788f4322914434be175830089dd0f2'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '63c938f0db4b4a96b91c457055b5fc1f'
                        key: {
                            document_key: 'deec12b10e1e46debd5a2603880fc462'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '642aeea34ec84e678d7c321e9beb017d'
                        key: {
                            document_key: '02ce3dc48e644e7896abcc7410d17c40'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '64615864ba0c4d33a12f48e2207ba3c4'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '732f1348487d4716bf0a166b7ab71c62'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '647eefcb64024feaaa3aaba16b966709'
                        key: {
                            document_key: '99ca6e0b120349b7a9bac16cace29b72'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '64b67b1476fe4f74a3d68a2abe349d75'
                        key: {
                            document_key: '4b3b3b898d34407a8575f2962ff4c551'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '655f4a4c43e64fd1b0f0f96cae2b3cb9'
                        key: {
                            document_key: '22bbdd502df4440c8ebd78eb5f8541db'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '65a797d2271a4540a1a751c2de3cfa05'
                        key: {
                            document_key: '9acd49a4872b4dd6b00a21fecca7e4ec'
                            variable: '346eea25c3b2220076173b0ac3d3ae8b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '65ba66e89c714528a484a9f1a1ccaeec'
                        deleted: true
                        key: {
                            document_key: '21026ea6ec67495ea76f24b9f456e9fb'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '661299a680ab4942b1f46ae29b761cf8'
                        key: {
                            document_key: '0beb71f1402044c99c4b53a84ce746d2'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '666d783ebea3485fa8cbf37cd63186d4'
                        key: {
                            document_key: '5b528f88b3064a929692c674c03e800b'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '685cf6fa94b449eea58550e60317a460'
                        key: {
                            document_key: 'dfa34104b3664d9e993aae3091dca0a1'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '68a945f398e1429cbfc183ded7e0d2a4'
                        key: {
                            model: '5525dbf007874b5e8d71bddebe36080f'
                            element: 'user_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6959e7b32dd345a095fc43347d061670'
                        key: {
                            document_key: '8a7b85850b5541cd820c2c69e64938e0'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6a3ad110cf3147bd914bae75951d7f1f'
                        key: {
                            document_key: 'e6a422d9bd7e4bd5b44f2bc12414f7e0'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6abdc649b262421db2d75fb7de9a814f'
                        key: {
                            document_key: '81822062ee2445dbb7c570973aafa9e7'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6adfb93905d94fbea769dc01a6ff5741'
                        key: {
                            document_key: '08d5e28707dc45e2912448a8c504c26f'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6b2f5fd4b0f84acaa42529aa35e2cfe4'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '23bad37cf9244a83b972cb7c0fe93141'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6b3280b9cdb8422c9f260a68af60562a'
                        deleted: true
                        key: {
                            document_key: 'c2325cc0910f44f3a5e5ce6b4a6b2f40'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '6b4b6c8c07f84f8fb75bb492f033eaa6'
                        key: {
                            model: '5525dbf007874b5e8d71bddebe36080f'
                            element: 'request_item'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '6baf4bc13bca4661b5162c92b620b5a8'
                        key: {
                            list_id: {
                                id: 'ddc36d7118ac4fcd9c36a14d35f70143'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'request_item'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6be6a6cd64b2436a84013b5422371dc6'
                        key: {
                            document_key: '0ea6c8bd67f44923831bb1453247d01f'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6c57117e1277442e9d2715c8446ffd3a'
                        key: {
                            document_key: '4b3b3b898d34407a8575f2962ff4c551'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6ca0eb52559f461aa8d9f72b9f1b082e'
                        key: {
                            document_key: '4b3b3b898d34407a8575f2962ff4c551'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '6d8ab28e8e994c73848ff7c0572c2197'
                        key: {
                            name: 'sys_journal_field'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: '612fd0db1dce47b893763ffdb158ca12'
                            parent: 'x_seed_svcacct_service_account'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6d8aec3fdce8406bacf9a47b0091cb65'
                        key: {
                            document_key: 'eac10ba82280447582004af8cceca8d6'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6e182e06dc674460bb08a67251b73808'
                        key: {
                            document_key: '4b8c9162e2e54b789fdca2a2db7eca3a'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6ebe20ce8932432386e104b63d3ddcd6'
                        key: {
                            document_key: '902a5ab4f46d4c848508a424c4d411cd'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6ec259c8f35540fdbad5c2e22772b459'
                        key: {
                            document_key: '2ebb9f416b5a4a0e8d7dbb141dc6b132'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6f019f8ba11a46389df998f7e0719603'
                        key: {
                            document_key: '84e6332dce3a4979bc50fc20727bcf70'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6f16f26f8313495ca98b9508cc095eb3'
                        key: {
                            document_key: 'f3f648aa6e224679acdea52e5e5e626b'
                            variable: 'b4e438ae73322010ac1560bdfaf6a7a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6f287a89b2f84e28b78edde8fa1604f1'
                        key: {
                            document_key: 'b3d5f157b4124ba49cb674d1471c92b5'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6fc5ed850bb74c118a6bd91abb408773'
                        key: {
                            sys_ui_section: {
                                id: 'fc6eedafde7444c59356e395c82354ce'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Service account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'owner'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '702899b8bfdd4cf3ba9c1f5d4d593367'
                        key: {
                            document_key: '6fe89fcc631744ebb0304efc1f1106da'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '707e10ea54bd44cc8d8026e32c85bf19'
                        key: {
                            document_key: '902a5ab4f46d4c848508a424c4d411cd'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '709b50af44734bb0a7297d4114b479c6'
                        key: {
                            document_key: 'd7cf0fa27b294399adbc0a1e0acd678b'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '70b01c5ff1904d318211f349eea6f49d'
                        key: {
                            sys_security_acl: '2d6ce315332c453e93995dcc17bb464f'
                            sys_user_role: {
                                id: 'b7979ffd19454968abedf4486e2fae10'
                                key: {
                                    name: 'x_seed_svcacct.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '70d8fcc30bc64f02ae69ebf6f6d7e46f'
                        key: {
                            document_key: '496007b3bab3473fbfb95b5a9633c788'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '713bcc8a5d334db3b8dab27d7de42c1b'
                        deleted: true
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '80e30538fae54382bdb29c82f9311381'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '719a2ca7434c4999abf6a78e1e8d3471'
                        key: {
                            document_key: 'b2eb7c679ddd45ab98fac1afde69997f'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7371bdb7c6de478692da71b8ac719b0c'
                        key: {
                            document_key: 'd7cf0fa27b294399adbc0a1e0acd678b'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '73d0f14b2a644910b1403029fb783250'
                        key: {
                            list_id: {
                                id: '6d8ab28e8e994c73848ff7c0572c2197'
                                key: {
                                    name: 'sys_journal_field'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: '612fd0db1dce47b893763ffdb158ca12'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'sys_created_on'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '746c6c3ce04546729bf4c911b3f515dc'
                        key: {
                            document_key: 'b41ebf08b83349618acc83dd427874c5'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7474986f0fdb4f3089f677811c500c72'
                        key: {
                            list_id: {
                                id: '6d8ab28e8e994c73848ff7c0572c2197'
                                key: {
                                    name: 'sys_journal_field'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: '612fd0db1dce47b893763ffdb158ca12'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'sys_created_by'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '747ae0fafa6340139ee521901ac745a5'
                        key: {
                            document_key: '29b14eed58dc4bada242442d40a23692'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7657b2ed07384f5d892d7568ec6c1b15'
                        key: {
                            document_key: '78dcdbf5948b44b6a1a740aa15fbaea6'
                            variable: 'b0d64ce1c332220076173b0ac3d3ae95'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7660116dda154258a7bc90020b72522c'
                        key: {
                            document_key: '02ce3dc48e644e7896abcc7410d17c40'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '76b39beb47df4d89a86cbfd61a2d3dae'
                        key: {
                            model: '737a3ce1b9e8494789d817eb925c5b32'
                            element: 'approval_group'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '772133c137eb402f986a7e11c7648e4c'
                        key: {
                            document_key: 'f7152161899243b28777c23b3c4bde56'
                            variable: '535cb5ab53233300f06fddeeff7b1247'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '77434c8c72c746da8a1a665afc189e02'
                        key: {
                            document_key: 'c17c3b5502ad49ccb47220e05e36e52f'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7749a3430c64427ab21c2d31ca8be219'
                        key: {
                            document_key: 'f3f648aa6e224679acdea52e5e5e626b'
                            variable: '932d14a33756030064a52f3c8e41f120'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7774f3cdcebf4426971584cce098a2d4'
                        key: {
                            document_key: '316cb243ec614978976702196c2185fd'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '779981ee66b6473fae6e767a05a26b1b'
                        key: {
                            document_key: '00d33e19b5aa4f5f91d23b9a2fa8ce6e'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '781d2a8728c34c3aa013b602195cfe41'
                        key: {
                            model: '737a3ce1b9e8494789d817eb925c5b32'
                            element: 'due_date'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7830b35e64f043b5be70cdfc8daf71eb'
                        key: {
                            document_key: '6e46cde44b99487b84a3006e79510086'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '78d63f4a053f438b93f63481d3f05108'
                        key: {
                            document_key: 'b2eb7c679ddd45ab98fac1afde69997f'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '78f0bbe26a6a4613a2abe1447193fc9d'
                        key: {
                            document_key: '0beb71f1402044c99c4b53a84ce746d2'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '794e791718274724872a3332f9162c31'
                        key: {
                            document_key: 'b2eb7c679ddd45ab98fac1afde69997f'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7959e08865e945c7b872bed99964c13c'
                        key: {
                            list_id: {
                                id: '6d8ab28e8e994c73848ff7c0572c2197'
                                key: {
                                    name: 'sys_journal_field'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: '612fd0db1dce47b893763ffdb158ca12'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'value'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7993c3c59b7940b5938768050c7a0e60'
                        deleted: true
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'c2325cc0910f44f3a5e5ce6b4a6b2f40'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '79a2b39a195a42f9bf6c8e2eac34215c'
                        key: {
                            list_id: {
                                id: '6d8ab28e8e994c73848ff7c0572c2197'
                                key: {
                                    name: 'sys_journal_field'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: '612fd0db1dce47b893763ffdb158ca12'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'element'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7a06aed317394d0791963ce7ddefadfa'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'purpose'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7a9b03f636c2413db2364a036461b894'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'b5a4e4f88eb34d4f9e06ab54bcc17a40'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7aa6e11c87124751b64e930337c4a1b1'
                        key: {
                            document_key: '8967fbf1c58e4e1f8340f3288517160c'
                            variable: '74d6e7a0a3023110571967d1361e616b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7abf2be1e886403cab6980b4a582cfe1'
                        key: {
                            document_key: 'cecbec0726fc4524bd0190b43be78635'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7b32ec79f6b04bf49cfb6df7422422bf'
                        key: {
                            document_key: '6c1ad9198c6140ad9ce1e72dcea48184'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7bbef61e416942498df85cf830df157d'
                        deleted: true
                        key: {
                            document_key: 'b901d39acf7d4ca9b951b5869a6f5629'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7bec9c8760984def9c14c1d4a397b18d'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7cfa8536d6c241ceb3d165be45a0d088'
                        key: {
                            document_key: '99ca6e0b120349b7a9bac16cace29b72'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7d0b828dd6234ea581093b93daab37a3'
                        key: {
                            name: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            element: 'due_date'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7d3fbd969e1f4e2ea7beea0c232d0be3'
                        key: {
                            document_key: '3ab671a921a94e8aafd40d6ca87d2461'
                            variable: '8570e0e33756030064a52f3c8e41f16c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7d4914d6276a4709b2964d12b965b936'
                        key: {
                            document_key: '18e6bb2a40b34341860035b4848e3f73'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7ee33ec0b3c348ebb4c7a315a2e2ee17'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'owner'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7f062bfcbdb241ac90cffef9268db3ae'
                        key: {
                            field: 'variable_values'
                            table: 'var__m_atf_input_variable_323ca6e1c3b2220076173b0ac3d3aec1'
                            id: '128f8a501abd42b7b24425d36b20fadb'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7f4eb593877d4a6282ecae4dbd80d970'
                        key: {
                            document_key: 'f333f0b5722a411ea7290684e1637c81'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7fe0ab106f474956a974b82d5870d2b5'
                        key: {
                            document_key: '42aeb168c4da4df8b911875a832bda11'
                            variable: '4a3319d73702030064a52f3c8e41f1a9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7ffbf7cb0a2742c2b6f33dd74dccd862'
                        key: {
                            document_key: '18e6bb2a40b34341860035b4848e3f73'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '801ebf743d784917ba6c1ebd422c027e'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '02ce3dc48e644e7896abcc7410d17c40'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8038faa287194fa9949a0dee14b7ba63'
                        key: {
                            field: 'variable_values'
                            table: 'var__m_atf_input_variable_323ca6e1c3b2220076173b0ac3d3aec1'
                            id: '9acd49a4872b4dd6b00a21fecca7e4ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '806a15ff775441cda41e5a1e0b23178d'
                        key: {
                            document_key: 'f3f648aa6e224679acdea52e5e5e626b'
                            variable: '90749dd73702030064a52f3c8e41f12d'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '80a841fb65f34f12a4a23ade71266021'
                        key: {
                            list_id: {
                                id: 'ddc36d7118ac4fcd9c36a14d35f70143'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'owner'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '814327cc82da4c36946a63c665ca5589'
                        deleted: true
                        key: {
                            document_key: 'b5a4e4f88eb34d4f9e06ab54bcc17a40'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '816a0fe3f1d6453e8b099bc27ae1b3b2'
                        key: {
                            sys_ui_section: {
                                id: 'fc6eedafde7444c59356e395c82354ce'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Service account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '81eebb5b99954eeeb1283b364fb4a026'
                        key: {
                            document_key: '56b6227c5c914f0d8e51206988aa3b67'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8241427c21914962a3b7f3c46bdc78f4'
                        key: {
                            sys_ui_section: {
                                id: '2db807b1a8d54eb695d4d178521223d1'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Lock-down'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '83486e16931244e8a60e9ea13b0b67f7'
                        key: {
                            document_key: '1d89d959c7e341f0925d086f2fa71866'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '84280ebd2ac848e99c710e40237e92e6'
                        key: {
                            document_key: '29b14eed58dc4bada242442d40a23692'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '84597720d660441496266cd8e1038bc5'
                        key: {
                            document_key: '7fef99bc5a444377acdeb732f0ce6c81'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '84673113cce043d783faeb5b8bccc708'
                        key: {
                            sys_ui_action: 'b3b372102f4348d99816635b18416454'
                            sys_user_role: {
                                id: 'b7979ffd19454968abedf4486e2fae10'
                                key: {
                                    name: 'x_seed_svcacct.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '858cffdd8bfd46da963b4ca46fe4c6b2'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'reopen_reason'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '85c5356f8de743658c2b0c74ac32e5b1'
                        key: {
                            document_key: '128f8a501abd42b7b24425d36b20fadb'
                            variable: '571e6a25c3b2220076173b0ac3d3ae46'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '85f0561ef604451fa586bcf6a43fb913'
                        key: {
                            field: 'variable_values'
                            table: 'var__m_atf_input_variable_323ca6e1c3b2220076173b0ac3d3aec1'
                            id: 'ea4c14abdee04aa4acfe8396c5c2f5ce'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '86bb0f490ab84941a150de43447d0139'
                        key: {
                            document_key: '8a7b85850b5541cd820c2c69e64938e0'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '86ccff4591834d438ed5d33c03c8f66a'
                        key: {
                            document_key: '737a3ce1b9e8494789d817eb925c5b32'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '871a693d55fb4218881fec0cb621cca9'
                        key: {
                            document_key: '23bad37cf9244a83b972cb7c0fe93141'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8724642c434049de9026049c7bde1365'
                        key: {
                            name: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8748e790249242bcbe0abde362bbcc6e'
                        key: {
                            document_key: '6fe89fcc631744ebb0304efc1f1106da'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8789e24394bd43eb8b15283464eb2c5b'
                        key: {
                            document_key: 'd7cf0fa27b294399adbc0a1e0acd678b'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '87c67b13ce5649168a538b534e8e09dc'
                        deleted: true
                        key: {
                            document_key: '21026ea6ec67495ea76f24b9f456e9fb'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '87d5d5ab7ed348dd87d483b05f9bcdad'
                        key: {
                            name: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            element: 'route'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '889ccc0c3f1048eb8fc755099375eca3'
                        deleted: true
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'b5a4e4f88eb34d4f9e06ab54bcc17a40'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '88e10401f4a643b88dd4a05c54205693'
                        deleted: true
                        key: {
                            document_key: '875d234c280948bf9e81e61ad6999527'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '893e2189db354000aa453af50c1dd8ad'
                        key: {
                            document_key: '1d89d959c7e341f0925d086f2fa71866'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '899cb4ed9ac4402d88a2a88b65573b3c'
                        key: {
                            document_key: '6c1ad9198c6140ad9ce1e72dcea48184'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '89e75d7eb0af41af904c8ccd5b9fa7fa'
                        key: {
                            document_key: 'b5a4e4f88eb34d4f9e06ab54bcc17a40'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8ad3a7f922d84741b75d278cebba0d52'
                        deleted: true
                        key: {
                            document_key: 'c2325cc0910f44f3a5e5ce6b4a6b2f40'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8b08ce9d98a34e97b90ab401732cb389'
                        key: {
                            document_key: 'b2f15ee9dd6947608a7777f5d2813c43'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8b3c881b760a4137b2aec069866043cd'
                        key: {
                            document_key: '18e6bb2a40b34341860035b4848e3f73'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8b62f8021dbd4acaae7b063506dc2632'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '9f4cb409ca5f4ba3a88a315e87fa4210'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8bb9f6ec72d84d09bb2bc01144024ca7'
                        deleted: true
                        key: {
                            document_key: '80e30538fae54382bdb29c82f9311381'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8bf3098ec8a34eca8493cf9ff478f671'
                        key: {
                            document_key: '4b3b3b898d34407a8575f2962ff4c551'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8c429bc1d6f4443db3de1600e393ab4b'
                        key: {
                            document_key: 'ea4c14abdee04aa4acfe8396c5c2f5ce'
                            variable: '571e6a25c3b2220076173b0ac3d3ae46'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8c816acc8c7d468ba718365ecfc99db2'
                        key: {
                            document_key: '9f4cb409ca5f4ba3a88a315e87fa4210'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8c9ade1eec03474a9908d4c8015b374f'
                        deleted: true
                        key: {
                            document_key: 'b5a4e4f88eb34d4f9e06ab54bcc17a40'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8d32529f8a30427ca7a8221d523a0bad'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'audit_trail'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '8dd5a423a02a46c5ac64311c06094743'
                        key: {
                            model: '737a3ce1b9e8494789d817eb925c5b32'
                            element: 'requester_comment'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8e141ad2e9f44be389dcfed001842d78'
                        key: {
                            name: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            element: 'reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8e44a2d0623c44cda942f923026af428'
                        key: {
                            document_key: '00d33e19b5aa4f5f91d23b9a2fa8ce6e'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8f3ecffccd264841894282b48fc36961'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8f45a36d3ce2452a88c9a1dc56ce8f13'
                        key: {
                            document_key: 'b3d5f157b4124ba49cb674d1471c92b5'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8f4d38a9f9154f3681860799ed78cb48'
                        key: {
                            document_key: 'a52b85345ce84a1a891ffecf8fceaf8a'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8fabbadeb26245b38fd2402160b01676'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '4b8c9162e2e54b789fdca2a2db7eca3a'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9147d0d9fccd495aa5211100c476349e'
                        key: {
                            document_key: '2ebb9f416b5a4a0e8d7dbb141dc6b132'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '91b1db30c7d4471f8206a9a076cedc27'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: 'ba2a9324fb5f405c95d704f73fce6ffe'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9239e45fdf184d95bda3e927deb049ac'
                        key: {
                            document_key: '902a5ab4f46d4c848508a424c4d411cd'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '92514cf0fc5840f99066213257724665'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'cfc9b0f8fb35421296eca5ccc4efd7a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '93778444c37747c2acead9ff982132d5'
                        deleted: true
                        key: {
                            document_key: 'b8ddb661e0544f3d8bddf3a760064efd'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '93a78d2a35e94df0882de204490fa77a'
                        key: {
                            document_key: '00d33e19b5aa4f5f91d23b9a2fa8ce6e'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '93b6df1983f74948addcc0d06d8be832'
                        key: {
                            document_key: 'd0bf3041e5e0427a940731843e06f3f0'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '94757655c510454fb5c9270041e4d942'
                        key: {
                            document_key: 'c1c0d27fbb0b49e1a4255558eaf0b2f7'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '94e60ad3ed574c6584067a7d20c4899a'
                        key: {
                            field: 'due_date'
                            table: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            id: '5525dbf007874b5e8d71bddebe36080f'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '95e7358d263245c487633644b3fd3e86'
                        key: {
                            document_key: 'e6a422d9bd7e4bd5b44f2bc12414f7e0'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '95f1fecdf37a4de69787c97ee003f57f'
                        key: {
                            document_key: '9f4cb409ca5f4ba3a88a315e87fa4210'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '96480273a4404b83a182b7af4ee9101d'
                        key: {
                            model: '5525dbf007874b5e8d71bddebe36080f'
                            element: 'approval_group'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '96640ef541434ec5b0b323e375b7da91'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'locked_down_on'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '969c7e102b5447f69cceefc47dc13a52'
                        key: {
                            name: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            element: 'user_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '96b56053be7644e9862d2c403dfb58f1'
                        key: {
                            document_key: 'c17c3b5502ad49ccb47220e05e36e52f'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '979b1aac49d64363be6efe932360deb0'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'gui_access_until'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '982a25fc1ca643db9fb277798c9e8c35'
                        key: {
                            document_key: '8fed72f57b17486a8e536baf4647206b'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '984721deaf72489db7c9509399fda307'
                        key: {
                            name: 'sc_req_item'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'ecc0d77544544ced9f3026797cfacba6'
                            parent: 'x_seed_svcacct_service_account'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9930f243dff8413d952e8ea8ad2ee7bb'
                        deleted: true
                        key: {
                            document_key: 'b901d39acf7d4ca9b951b5869a6f5629'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '9990d8e0a2394b599ee83161b51b7093'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '99de6b41e2a248a9b7f179925614db0e'
                        key: {
                            sys_ui_section: {
                                id: '2db807b1a8d54eb695d4d178521223d1'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Lock-down'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'reopen_reason'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9a13cac94df24b39900b3fecc591bbff'
                        key: {
                            document_key: '42526ebe315c4a1292b5614ac7c105cc'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9b932164b1534c39b99994fb0b8d122a'
                        key: {
                            name: 'var__m_sys_hub_flow_variable_1ccbe5c49bc0475f95258e23a939d044'
                            element: 'approval_state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9cb9bde99c614b7590e1481f5b7df402'
                        key: {
                            document_key: '70207f3855524ba18996b3620b158061'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9e63e7bb9b654dab97107eec08bce308'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9eca74f919a5462e878b0eee5ee696a2'
                        key: {
                            document_key: '8c70af0d91be4cddb25b785cb3119a29'
                            variable: '571e6a25c3b2220076173b0ac3d3ae46'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '9f33f4ac79364f668b86650fbc76c27b'
                        key: {
                            list_id: {
                                id: '4e023dfeb53d47a6bed5f03856fa9629'
                                key: {
                                    name: 'sysapproval_approver'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: '7e7ef69c394c44bf9c154b3befb15e8c'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'sys_updated_on'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9f84e4598f8e4773af9f7d32d38b0bf3'
                        key: {
                            name: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9f8e30e54d5e420ea5192686037f634d'
                        key: {
                            document_key: 'f347149dc4994296bc87be3c8b97bb23'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9f91a468745b4c35b142482330f65873'
                        key: {
                            document_key: '42107a2079bb48d38ee8a2fdd0462a12'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a04cbcd0b10b4aaf9a79d437bc2517de'
                        key: {
                            document_key: 'b41ebf08b83349618acc83dd427874c5'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a12fab8a6c4843cf8c7b736970d9ab65'
                        key: {
                            document_key: '6e46cde44b99487b84a3006e79510086'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a14270242fc64d85b061f9d367a49c5b'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '08d5e28707dc45e2912448a8c504c26f'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a20b573141b14d83b75d708458f712e4'
                        key: {
                            document_key: '81822062ee2445dbb7c570973aafa9e7'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a22192e4889c4afd8db2bfc21e807983'
                        deleted: true
                        key: {
                            document_key: 'c2325cc0910f44f3a5e5ce6b4a6b2f40'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a2d5155460624f46825ebf413001f076'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '2dff58ea0bc44c36a34f87b9f91a9839'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a40dcd7debd241008076101c55abcf45'
                        key: {
                            document_key: 'b2f15ee9dd6947608a7777f5d2813c43'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a410a88a4de544e6801007b2d8408378'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'reminder_sent_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a42acb467f1248b4a5cc09e45526d17a'
                        key: {
                            document_key: '56b6227c5c914f0d8e51206988aa3b67'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a473842c58f84a01aa2627414b7f5018'
                        deleted: true
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'b8ddb661e0544f3d8bddf3a760064efd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a4df9ec143d34478becc07b1a4bb6eee'
                        key: {
                            document_key: '1d89d959c7e341f0925d086f2fa71866'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a5289e1cd6be4cfa80e74293ee3a4929'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: '18e6bb2a40b34341860035b4848e3f73'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a53694b22e6d430a80e7d73f3b3fc69e'
                        key: {
                            document_key: '42aeb168c4da4df8b911875a832bda11'
                            variable: 'b4e438ae73322010ac1560bdfaf6a7a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a5650d70a2c640a280948ff2f1568271'
                        key: {
                            document_key: 'dfa34104b3664d9e993aae3091dca0a1'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a6002f439c8543718e5f82d28b077fc1'
                        key: {
                            document_key: 'c17c3b5502ad49ccb47220e05e36e52f'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a6879686c4334afa86b11b3caa873760'
                        key: {
                            document_key: '316cb243ec614978976702196c2185fd'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a691341d9fc5485c8b6d32a01f08c8e4'
                        key: {
                            document_key: '9acd49a4872b4dd6b00a21fecca7e4ec'
                            variable: '571e6a25c3b2220076173b0ac3d3ae46'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a7976aa623844a38855bdc02f66b6736'
                        key: {
                            document_key: '02ce3dc48e644e7896abcc7410d17c40'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'a7e423b33d66466ea1420ed1088adf12'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            caption: 'Activity'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a7f17c6c5675485bbea734f2830c523a'
                        key: {
                            document_key: '7fef99bc5a444377acdeb732f0ce6c81'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a98b7af0676e46298dd7f7b59ae4ce9e'
                        key: {
                            document_key: '18e6bb2a40b34341860035b4848e3f73'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aa287a0cfaa84605969f5b7da2e885a4'
                        key: {
                            document_key: 'e6a422d9bd7e4bd5b44f2bc12414f7e0'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aaffde5e325245c0add48af608f2c996'
                        key: {
                            document_key: '0beb71f1402044c99c4b53a84ce746d2'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ab2db5c2a4a244a8962ee613e444dfa2'
                        key: {
                            document_key: '316cb243ec614978976702196c2185fd'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'abdbe4bf8260485aad4622e18c4c97a7'
                        key: {
                            document_key: '128f8a501abd42b7b24425d36b20fadb'
                            variable: '346eea25c3b2220076173b0ac3d3ae8b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ac07f579a3de49ae89227f3e8cc713fd'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: 'eb50dc8eac2b44958e5344813a7e719b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ac779fcf36b843218498bcce2dda4ef3'
                        key: {
                            document_key: '8967fbf1c58e4e1f8340f3288517160c'
                            variable: 'ad351a4e53a0220002c6435723dc34f0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'acff92ed97e24a3aa38199c68a744992'
                        key: {
                            document_key: '96356aa2278f42a7864115dc78b1ab63'
                            variable: '571e6a25c3b2220076173b0ac3d3ae46'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'adaa8196fec649de89e86cec6d74f193'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '99ca6e0b120349b7a9bac16cace29b72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ae62d0a1529d4fcc93766afe80ef32d4'
                        key: {
                            document_key: '56b6227c5c914f0d8e51206988aa3b67'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'afeb8140d84f4e2ca657b89945567bf9'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'b000fc7602b84491b226b6f03e0e3c24'
                        key: {
                            model: '5525dbf007874b5e8d71bddebe36080f'
                            element: 'route'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b016bccb84104b01be2621fd0c4336ca'
                        key: {
                            document_key: 'b2eb7c679ddd45ab98fac1afde69997f'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b06498f9d8ff4aaf9fd06aaa5662be84'
                        key: {
                            document_key: '4b8c9162e2e54b789fdca2a2db7eca3a'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b3c43a1db65841aca8f54ba913c775ab'
                        key: {
                            document_key: '18e6bb2a40b34341860035b4848e3f73'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b58169f298c94db9972162346169f830'
                        key: {
                            document_key: '3ab671a921a94e8aafd40d6ca87d2461'
                            variable: '932d14a33756030064a52f3c8e41f120'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b5c335d0083c4bdc85ce9b9ce273ec1d'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'eb788f4322914434be175830089dd0f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b62bac2610b84bdca09d51baa0f29849'
                        key: {
                            document_key: '6e46cde44b99487b84a3006e79510086'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b695ebb203c346a89f73289678f127ec'
                        deleted: true
                        key: {
                            document_key: 'b8ddb661e0544f3d8bddf3a760064efd'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b6a50f316ed7419c8c744715f1ad14b5'
                        key: {
                            document_key: '8a7b85850b5541cd820c2c69e64938e0'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'b7979ffd19454968abedf4486e2fae10'
                        key: {
                            name: 'x_seed_svcacct.admin'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b7ae63cb3a4d45d384aa617bf251f195'
                        key: {
                            document_key: '3ab671a921a94e8aafd40d6ca87d2461'
                            variable: '90749dd73702030064a52f3c8e41f12d'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b81b2abe38e44498b349c88564e75c72'
                        key: {
                            name: 'var__m_sys_hub_action_input_5525dbf007874b5e8d71bddebe36080f'
                            element: 'request_item'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b8d78b15a757475d9d54dd5ba20360fc'
                        key: {
                            document_key: 'f7152161899243b28777c23b3c4bde56'
                            variable: '334ea2f153212110248dddeeff7b1255'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b8d7da0e9b8542bab763674f34e12044'
                        key: {
                            document_key: 'ea4c14abdee04aa4acfe8396c5c2f5ce'
                            variable: '346eea25c3b2220076173b0ac3d3ae8b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b935ff3eba364b9cb65a22b92016e1d1'
                        key: {
                            document_key: '3ab671a921a94e8aafd40d6ca87d2461'
                            variable: 'b4e438ae73322010ac1560bdfaf6a7a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bb47588187ec42ff831ff7f2d532fe3a'
                        key: {
                            document_key: '6fe89fcc631744ebb0304efc1f1106da'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'bb9b9335e8bc4975b34fffe28e42b2d7'
                        key: {
                            sys_ui_section: {
                                id: '2db807b1a8d54eb695d4d178521223d1'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Lock-down'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'bb9ec9352f2e43cb982c791931a5f195'
                        key: {
                            list_id: {
                                id: 'ddc36d7118ac4fcd9c36a14d35f70143'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'lockdown_problem'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bc0954c7abf549b8b30849737e5d5978'
                        deleted: true
                        key: {
                            document_key: '875d234c280948bf9e81e61ad6999527'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'bc6c7e230f444f4582c3cd2c4daab00c'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '22bbdd502df4440c8ebd78eb5f8541db'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'bc7de9711bf84debae33a7ce9a786fb0'
                        key: {
                            list_id: {
                                id: '4e023dfeb53d47a6bed5f03856fa9629'
                                key: {
                                    name: 'sysapproval_approver'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: '7e7ef69c394c44bf9c154b3befb15e8c'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'bd17327b66214575bf0a7bcef0898c69'
                        key: {
                            sys_ui_section: {
                                id: 'fc6eedafde7444c59356e395c82354ce'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Service account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'state'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'bd24b619fddc4c78853c1d1b119acd87'
                        key: {
                            list_id: {
                                id: 'ddc36d7118ac4fcd9c36a14d35f70143'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'consuming_system'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bd567a835f754dd1b6a58086fae3dba5'
                        key: {
                            document_key: '6fe89fcc631744ebb0304efc1f1106da'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bdd5376af4e249e8bcd82d27bd0c7e31'
                        key: {
                            document_key: 'e4e51db3a24f4176b88e2c2c0c8dccf0'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'be6a2e63172c4a9fa20711f51bb6a204'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '79ddff20c44344c79aefb7873d42cadb'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c00f5c52dac849d6b3e0bae355e0afe1'
                        key: {
                            document_key: '02ce3dc48e644e7896abcc7410d17c40'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'c063335f38d6439eb93f2ee1f32795bb'
                        key: {
                            model: '737a3ce1b9e8494789d817eb925c5b32'
                            element: 'route'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c1902417bf204c22baec513e538cbefa'
                        key: {
                            document_key: '2dff58ea0bc44c36a34f87b9f91a9839'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c24c3c122f0845f5ae601986e1248fcf'
                        key: {
                            document_key: 'f3f648aa6e224679acdea52e5e5e626b'
                            variable: '8570e0e33756030064a52f3c8e41f16c'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c2697ef0024542789f01249b6e41e6ce'
                        key: {
                            sys_ui_section: {
                                id: 'fc6eedafde7444c59356e395c82354ce'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Service account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'account'
                            position: '1'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'c26dea4372274bfbaa07a1fbb40f31b3'
                        key: {
                            cat_item: 'e1f357274cdb4466b21165c67e64108f'
                            variable_set: 'NULL'
                            name: 'consuming_system'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c2d5f90bbb514c34bf10d05835ac0adb'
                        key: {
                            document_key: '8fed72f57b17486a8e536baf4647206b'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c3d413d351e946b682971ae5a2238156'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_problem'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c40bfd93ec554af38ab05a1a0375cb2b'
                        deleted: true
                        key: {
                            document_key: 'c2325cc0910f44f3a5e5ce6b4a6b2f40'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c4173bf35b3948789fb09e3c563b05ba'
                        key: {
                            sys_security_acl: 'af3e0de16cc24602817ab39aa824272a'
                            sys_user_role: {
                                id: '267c4e79e8bf4ee8bbd9143a11a337cd'
                                key: {
                                    name: 'x_seed_svcacct.auditor'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: 'c4336c81f8c14b67b3fed9f4db0bfd75'
                        key: {
                            role: {
                                id: 'b7979ffd19454968abedf4486e2fae10'
                                key: {
                                    name: 'x_seed_svcacct.admin'
                                }
                            }
                            contains: {
                                id: '267c4e79e8bf4ee8bbd9143a11a337cd'
                                key: {
                                    name: 'x_seed_svcacct.auditor'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c472bfc3b5334c90a100cbe64484d7d3'
                        key: {
                            document_key: 'f7152161899243b28777c23b3c4bde56'
                            variable: '7c5f6d2353e0220002c6435723dc34f6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c4bf21aa6a7b4b2daafcbb0010f8c2da'
                        key: {
                            document_key: '23bad37cf9244a83b972cb7c0fe93141'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c581ba6984a04dc4af72b41f6667530e'
                        key: {
                            document_key: '42526ebe315c4a1292b5614ac7c105cc'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c5c25b907291490b85f0123fa3781588'
                        deleted: true
                        key: {
                            document_key: '4423e25c833f4223b126dcc755ccf9f2'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c635e5995077432299f35481d01de205'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '70207f3855524ba18996b3620b158061'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'c64e52d5e69849ffaadb36f37d9f2c7d'
                        key: {
                            list_id: {
                                id: 'ddc36d7118ac4fcd9c36a14d35f70143'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'gui_access_until'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c6ca54e85f604cb9aed310e15cecfa25'
                        key: {
                            document_key: '18e6bb2a40b34341860035b4848e3f73'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c6f34f3006d942908aae20ff5ed7fe81'
                        key: {
                            document_key: '8fed72f57b17486a8e536baf4647206b'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c773db1d44874bc09aa38d5104eb7ca0'
                        key: {
                            document_key: 'a7a687b1035740a7831e20479e848ddc'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'c790d69acf7c4fac8394f5522b17fb3e'
                        key: {
                            model: '5525dbf007874b5e8d71bddebe36080f'
                            element: 'due_date'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'c85b30d86f35427589023b479a232000'
                        key: {
                            cat_item: 'e1f357274cdb4466b21165c67e64108f'
                            variable_set: 'NULL'
                            name: 'credential_notice'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ca4517a6fe1447ad8e5b5626d17c0522'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '00d33e19b5aa4f5f91d23b9a2fa8ce6e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ca69efc0cd7c4aed8a2096481834efc1'
                        deleted: true
                        key: {
                            document_key: '4423e25c833f4223b126dcc755ccf9f2'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cac5537e148142ff8d9ba23c83a98ce2'
                        key: {
                            name: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            element: 'approval_reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cae9272ae2874c87a897d3fcb0ce7220'
                        key: {
                            document_key: '2dff58ea0bc44c36a34f87b9f91a9839'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cc11e3463a574aebb622e7679658153b'
                        key: {
                            document_key: '8967fbf1c58e4e1f8340f3288517160c'
                            variable: '6e55da4e53a0220002c6435723dc34a0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ccae38f70bcc4992a084ef4ac6ac982d'
                        key: {
                            document_key: 'b5a4e4f88eb34d4f9e06ab54bcc17a40'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cccaa6aef4bc4a8ab61289397b66d464'
                        key: {
                            document_key: 'd7cf0fa27b294399adbc0a1e0acd678b'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'cd540b0f27b74e0ab6b9e86833e344df'
                        key: {
                            list_id: {
                                id: '4e023dfeb53d47a6bed5f03856fa9629'
                                key: {
                                    name: 'sysapproval_approver'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: '7e7ef69c394c44bf9c154b3befb15e8c'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'comments'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cde3aab307d747ff81ac43b8de8eae6b'
                        key: {
                            document_key: '5fb6f4e55013470195be33094c499b2a'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ce16e1cbe42b42e0a38a83e16dd535e1'
                        key: {
                            document_key: '1d89d959c7e341f0925d086f2fa71866'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'ce22404198d84102a29fac1826f2b2eb'
                        key: {
                            cat_item: 'e1f357274cdb4466b21165c67e64108f'
                            variable_set: 'NULL'
                            name: 'user_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cedfb6a4b2e840fe915c4adb399835b7'
                        key: {
                            document_key: 'd7cf0fa27b294399adbc0a1e0acd678b'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cf82f116a3474c7888fb8c411e10aeaa'
                        key: {
                            document_key: '5fb6f4e55013470195be33094c499b2a'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'cfc6e005254644d7af5354e43a408b02'
                        key: {
                            field: 'variable_values'
                            table: 'var__m_atf_input_variable_323ca6e1c3b2220076173b0ac3d3aec1'
                            id: '96356aa2278f42a7864115dc78b1ab63'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd0040bb10877465387f6a10f137a6e45'
                        key: {
                            document_key: '316cb243ec614978976702196c2185fd'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd066617ff50843a698dd817dffa58178'
                        key: {
                            document_key: '1d89d959c7e341f0925d086f2fa71866'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd0a641d81371404d8b7e961ff318496c'
                        deleted: true
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '4423e25c833f4223b126dcc755ccf9f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd10c93aa83394b689fd3d78f3a27e86d'
                        key: {
                            document_key: '0ea6c8bd67f44923831bb1453247d01f'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd21943aca1e54526980ee374c5882aba'
                        key: {
                            field: 'approval_reason'
                            table: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            id: '5525dbf007874b5e8d71bddebe36080f'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd277d0677e4442f2817f04c8c611ac41'
                        key: {
                            document_key: 'b2f15ee9dd6947608a7777f5d2813c43'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd2e04b77573f4860a41cd32020bdc35b'
                        key: {
                            document_key: 'd0bf3041e5e0427a940731843e06f3f0'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd35ff52ffa544225ba65de3834b129b9'
                        key: {
                            document_key: '0beb71f1402044c99c4b53a84ce746d2'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd3667add7cd14ee9aad9122e280ca099'
                        key: {
                            document_key: '81822062ee2445dbb7c570973aafa9e7'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd3c39b85a20141518715422860731e72'
                        key: {
                            document_key: '6fe89fcc631744ebb0304efc1f1106da'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd3d2774fe01d4e8c96ba347f4e23a9d1'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '8a7b85850b5541cd820c2c69e64938e0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd410d5af13c14f5ba0f43dc6970f2279'
                        key: {
                            document_key: '29b14eed58dc4bada242442d40a23692'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd4df66e98bc1459aa540c6bb0478ac04'
                        key: {
                            document_key: '9f4cb409ca5f4ba3a88a315e87fa4210'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd54a69f5a3f84f3080f9001b283c2d30'
                        key: {
                            document_key: 'd0bf3041e5e0427a940731843e06f3f0'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd6992b7941784f38917a2f5c2d9a8763'
                        key: {
                            document_key: '732f1348487d4716bf0a166b7ab71c62'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd724ee4a4ec749eab74d499edc736fcd'
                        key: {
                            field: 'variable_values'
                            table: 'var__m_atf_input_variable_323ca6e1c3b2220076173b0ac3d3aec1'
                            id: '8c70af0d91be4cddb25b785cb3119a29'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd72cbc6676174a98b9b364bde13454d6'
                        key: {
                            document_key: 'b41ebf08b83349618acc83dd427874c5'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd7adbdc571984bdcbff6f7361ae8dc85'
                        key: {
                            document_key: 'c2825ea7220b44e6888033b2d1f94c34'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'd82f425b5a27416097b0f158a5212840'
                        key: {
                            model: '5525dbf007874b5e8d71bddebe36080f'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd88b333bfa09460282a5e2156ebca93b'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'locked_down_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd8d90f8daf26412e846df27464f3c9fb'
                        key: {
                            document_key: '1f54ce79058c444a83dbebd2360779e2'
                            variable: '346eea25c3b2220076173b0ac3d3ae8b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd932103ec0864e4ba963976542e33558'
                        key: {
                            document_key: '18e6bb2a40b34341860035b4848e3f73'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd9b5117526534229b14991937b7f7280'
                        key: {
                            field: 'user_id'
                            table: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            id: '5525dbf007874b5e8d71bddebe36080f'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd9d3f5c1205b4363a3c4d2d7239c24ed'
                        key: {
                            document_key: 'a52b85345ce84a1a891ffecf8fceaf8a'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'daa377da55b548a2b95b945dc9737506'
                        key: {
                            document_key: '81822062ee2445dbb7c570973aafa9e7'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'db1208d50bc14c1dbd2cb51534cd9ac3'
                        key: {
                            document_key: '5b528f88b3064a929692c674c03e800b'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'db357fe37fa640b98234f91bd7fe0cda'
                        key: {
                            list_id: {
                                id: '984721deaf72489db7c9509399fda307'
                                key: {
                                    name: 'sc_req_item'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'ecc0d77544544ced9f3026797cfacba6'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'requested_for'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'db722c80fe8a4339b1d6cea21269c59d'
                        key: {
                            document_key: '6fe89fcc631744ebb0304efc1f1106da'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dbb6bcdb95d843b78ac2f41dfc271d60'
                        key: {
                            document_key: 'cfc9b0f8fb35421296eca5ccc4efd7a2'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dc1fcf9a26df4b24aba48100c9482a43'
                        key: {
                            document_key: '3ab671a921a94e8aafd40d6ca87d2461'
                            variable: '4a3319d73702030064a52f3c8e41f1a9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dc8542f6c4d9406b86ac9034b9655336'
                        key: {
                            document_key: '84e6332dce3a4979bc50fc20727bcf70'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'dc8a20c2b4a94075b064964971e63de3'
                        key: {
                            cat_item: 'e1f357274cdb4466b21165c67e64108f'
                            variable_set: 'NULL'
                            name: 'requested_for'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dc94a3e38a3a4d5a9a96e88b8e0c4894'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'reopen_reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'dcae473880f54e42b0b41edd802953d0'
                        key: {
                            list_id: {
                                id: '4e023dfeb53d47a6bed5f03856fa9629'
                                key: {
                                    name: 'sysapproval_approver'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: '7e7ef69c394c44bf9c154b3befb15e8c'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'approver'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dd7dcc1ffba94d9da405a185c6fadc98'
                        key: {
                            document_key: '316cb243ec614978976702196c2185fd'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'ddc36d7118ac4fcd9c36a14d35f70143'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'de172a503c474930997cb95f0647303b'
                        key: {
                            document_key: 'f7152161899243b28777c23b3c4bde56'
                            variable: '51547e3953212110248dddeeff7b126b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dec5fe8876c1476da6f1a7f9d3993520'
                        key: {
                            document_key: '0ea6c8bd67f44923831bb1453247d01f'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'df0125664b144cc29ec39707bfe0287d'
                        key: {
                            sys_ui_form: {
                                id: 'ea5d3ebbd4714ef9b576ba64321de7e5'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'fc6eedafde7444c59356e395c82354ce'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Service account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e07136d723a24f7db721c39787f80246'
                        key: {
                            sys_ui_section: {
                                id: 'a7e423b33d66466ea1420ed1088adf12'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Activity'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'activity.xml'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e0a51445946242fb85c1429697116c5a'
                        deleted: true
                        key: {
                            document_key: '80e30538fae54382bdb29c82f9311381'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e0a60b051fd048499962d6190c5a7c7b'
                        key: {
                            document_key: '56b6227c5c914f0d8e51206988aa3b67'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e16a64226a54435ea0389cc294135e41'
                        key: {
                            document_key: 'eb50dc8eac2b44958e5344813a7e719b'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e1b4c574472b4b97a182743252322964'
                        key: {
                            document_key: 'a7a687b1035740a7831e20479e848ddc'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e1ee22949619481caa71aa2ad5887383'
                        key: {
                            document_key: '6fe89fcc631744ebb0304efc1f1106da'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e1eea132b6384b6eaa4d13a8410d4f24'
                        key: {
                            document_key: '70207f3855524ba18996b3620b158061'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: 'e212e5d0c75e4024b658116d532cb2d6'
                        key: {
                            sc_cat_item: 'e1f357274cdb4466b21165c67e64108f'
                            user_criteria: 'e173106c3f3a4022966f64e8bfa0f70c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e2679fb567724002b8448e40d52763b4'
                        key: {
                            document_key: '42aeb168c4da4df8b911875a832bda11'
                            variable: '90749dd73702030064a52f3c8e41f12d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e2e0623ee821435ca132d7358315d33e'
                        key: {
                            document_key: '52bf851aedc4416ca1340bf41322e5b6'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e33f1410e52041f38316fab3caa1456c'
                        key: {
                            document_key: '902a5ab4f46d4c848508a424c4d411cd'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e3b0669438de495f94d99416ff6e62b2'
                        key: {
                            document_key: 'a52b85345ce84a1a891ffecf8fceaf8a'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e4051ee417684ba6b8c45831b6cf7f84'
                        key: {
                            document_key: '61c0cf485b134f4eb39e1d84ab1dab44'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e40ed767f00441faaae4b11cbae436d1'
                        key: {
                            list_id: {
                                id: '984721deaf72489db7c9509399fda307'
                                key: {
                                    name: 'sc_req_item'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'ecc0d77544544ced9f3026797cfacba6'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'sys_created_on'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'e5bde50c92414af99cae86d0da5dc022'
                        key: {
                            cat_item: 'e1f357274cdb4466b21165c67e64108f'
                            variable_set: 'NULL'
                            name: 'user_id_checked'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e71a666840eb466c865685491df87e33'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '6e46cde44b99487b84a3006e79510086'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: 'ea5d3ebbd4714ef9b576ba64321de7e5'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ead1d90dc8c2411baab99f0b453e412a'
                        key: {
                            document_key: 'ea4776d936954ddda95302686a028149'
                            variable: 'b0d64ce1c332220076173b0ac3d3ae95'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eb07d2f115254e03a0c5d61e5bb5acbc'
                        key: {
                            document_key: '0ea6c8bd67f44923831bb1453247d01f'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'eb6aa12ceacc444da2d85a76dd9afd5b'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_5f2e0e535332120028bc29cac2dc34d3'
                            id: '8967fbf1c58e4e1f8340f3288517160c'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ec8c606b034c403d8ae992d7ae2c87de'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'owner'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ecae7a865b45430d9935f151b084d917'
                        key: {
                            document_key: '42aeb168c4da4df8b911875a832bda11'
                            variable: '932d14a33756030064a52f3c8e41f120'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ece08560dbb74e5aa0e5db81c7419bf7'
                        key: {
                            document_key: 'deec12b10e1e46debd5a2603880fc462'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'eddc01cef7754c4091a44cf9ac62b747'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'consuming_system'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ede561092f6f4f339988a09dd87f5f97'
                        key: {
                            document_key: 'd1f5471f4cc94909ab06325c275c8404'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ee3abedecf964b5883c4bb1f99f22493'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'consuming_system'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ef0122e9d80c45fe9b568e830c631853'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'e6a422d9bd7e4bd5b44f2bc12414f7e0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ef280fb7587848669c7fa06c114aa8ca'
                        key: {
                            document_key: 'ba2a9324fb5f405c95d704f73fce6ffe'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'efeb9f284a1043eeb27cea608b9ce671'
                        key: {
                            document_key: '42526ebe315c4a1292b5614ac7c105cc'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f08a9169b85b417ea00be272ac5463b4'
                        key: {
                            document_key: 'e4e51db3a24f4176b88e2c2c0c8dccf0'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f0a2cd0d22c74ce78232eb1645e997f6'
                        key: {
                            document_key: '70207f3855524ba18996b3620b158061'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f12d9d84ecc145c0a928d36a9acce6e5'
                        key: {
                            name: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            element: 'approval_group'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f1be3516db7e4fc38e86010bde338db3'
                        key: {
                            document_key: '6e46cde44b99487b84a3006e79510086'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f1e0429f99724b6da73eebb3547ec816'
                        key: {
                            field: 'ui_action'
                            table: 'var__m_atf_input_variable_0f4a128297202200abe4bb7503ac4af0'
                            id: 'f7152161899243b28777c23b3c4bde56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f1e150534b7f41b393bb1c5f7025f25d'
                        key: {
                            document_key: '29b14eed58dc4bada242442d40a23692'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sc_cat_item_category'
                        id: 'f1f5faab928d4ce08342d16e2bdb6ed3'
                        key: {
                            sc_cat_item: 'e1f357274cdb4466b21165c67e64108f'
                            sc_category: '6c25c57909fa4bb0ae8cbb02cea33b66'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f2ac87281af744fa85e86b1c92118350'
                        key: {
                            document_key: 'a7a687b1035740a7831e20479e848ddc'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f3175df93d3949fcb3d60c2a79891af0'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'locked_down_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f37e53633a4845299c6cb6f6674ca4ce'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '8fed72f57b17486a8e536baf4647206b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f4cb556d79274c88bacd044b40254587'
                        key: {
                            document_key: '26058a2963de4e9993c75665a4e30edc'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f5a290c2a75b417ca6a3afc4d423ca1f'
                        key: {
                            field: 'request_item_id'
                            table: 'var__m_sys_hub_step_ext_input_737a3ce1b9e8494789d817eb925c5b32'
                            id: '737a3ce1b9e8494789d817eb925c5b32'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'f5be6e326caa473aabc73b666e076d97'
                        key: {
                            cat_item: 'e1f357274cdb4466b21165c67e64108f'
                            variable_set: 'NULL'
                            name: 'display_name'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f62aec03bec34b65b134a764b9cc327d'
                        key: {
                            document_key: 'e4e51db3a24f4176b88e2c2c0c8dccf0'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f6478e953160406781604b7e3309ae74'
                        key: {
                            sys_ui_section: {
                                id: '2db807b1a8d54eb695d4d178521223d1'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Lock-down'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'locked_down_by'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f650741350094cf98e080f2dfe1e69cd'
                        key: {
                            document_key: 'dfa34104b3664d9e993aae3091dca0a1'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f6896e8731714699857d27ddeb6c7c8d'
                        key: {
                            document_key: '5fb6f4e55013470195be33094c499b2a'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f6d61c3df99245f48177b509b76a615a'
                        key: {
                            document_key: '02ce3dc48e644e7896abcc7410d17c40'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f77adffdf4bb41e1ae976c9b577b8f2b'
                        key: {
                            document_key: '0beb71f1402044c99c4b53a84ce746d2'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f7a2978004924dc6a9c41aace0170418'
                        key: {
                            document_key: 'b41ebf08b83349618acc83dd427874c5'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f7cfa3aae50a4d2a95162ffa5848cc7c'
                        key: {
                            document_key: '26058a2963de4e9993c75665a4e30edc'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f81c83c1c2324266addcb5e8462acaea'
                        key: {
                            document_key: '316cb243ec614978976702196c2185fd'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f83e81337f244165a4f6cc1c7a20e374'
                        key: {
                            document_key: 'deec12b10e1e46debd5a2603880fc462'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f88dc4a413ab43cdae75aeda2670f76f'
                        key: {
                            document_key: '26058a2963de4e9993c75665a4e30edc'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'f9039a1852cd45378ac54ab78d00fb6e'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f9434ed2081e4369bc67cdc631627221'
                        deleted: true
                        key: {
                            document_key: '80e30538fae54382bdb29c82f9311381'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'f975a905664d4bd59548d337121e4f98'
                        key: {
                            list_id: {
                                id: '984721deaf72489db7c9509399fda307'
                                key: {
                                    name: 'sc_req_item'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'ecc0d77544544ced9f3026797cfacba6'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'approval'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'fa57a066c2a147df9d2d35601b9cbf24'
                        key: {
                            model: '5525dbf007874b5e8d71bddebe36080f'
                            element: '__dont_treat_as_error__'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fb283ca501874ac7957a632284371bc0'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'gui_access_until'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fbf9e4e26a1b436fb00b5c590d1f97a1'
                        key: {
                            document_key: '2dff58ea0bc44c36a34f87b9f91a9839'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'fbfc2d44fcac4800b264006e70e8f2e3'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '79ddff20c44344c79aefb7873d42cadb'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fc0315b92b9a41da94ed18de7e9fb2cd'
                        key: {
                            document_key: '496007b3bab3473fbfb95b5a9633c788'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'fc4d2473a5fb416497ff64c9a75af6a5'
                        key: {
                            sys_ui_section: {
                                id: 'fc6eedafde7444c59356e395c82354ce'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Service account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'fc6eedafde7444c59356e395c82354ce'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            caption: 'Service account'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fca914aaa73446eca44bcc915fd1513a'
                        key: {
                            document_key: '732f1348487d4716bf0a166b7ab71c62'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'fd487c8734d14aa484196cbeb024c9b2'
                        key: {
                            cat_item: 'e1f357274cdb4466b21165c67e64108f'
                            variable_set: 'NULL'
                            name: 'roles_granted'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fd5f3e1ad19049f59496eefc21accab2'
                        key: {
                            document_key: '08d5e28707dc45e2912448a8c504c26f'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'fd8b8944df784fa78e8b0415ed89f406'
                        key: {
                            model: '737a3ce1b9e8494789d817eb925c5b32'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fd91a60e97bf4cabbd75d1a52b495171'
                        key: {
                            document_key: '5b528f88b3064a929692c674c03e800b'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fe53b430d1584e62a95a4fa6c7bdb495'
                        deleted: true
                        key: {
                            document_key: 'b2f15ee9dd6947608a7777f5d2813c43'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fe5c309b45cb45dda7a45349ebc2600c'
                        key: {
                            document_key: '737a3ce1b9e8494789d817eb925c5b32'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ff4a7f7a41324c2abea35cfc4b2b27e9'
                        key: {
                            list_id: {
                                id: '984721deaf72489db7c9509399fda307'
                                key: {
                                    name: 'sc_req_item'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'ecc0d77544544ced9f3026797cfacba6'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'stage'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ff6c0ebf1a5d46feaa1fb87bb4184d0d'
                        key: {
                            list_id: {
                                id: '984721deaf72489db7c9509399fda307'
                                key: {
                                    name: 'sc_req_item'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'ecc0d77544544ced9f3026797cfacba6'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'number'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'ff90f70b04a34792b71ed9eace3b58e7'
                        key: {
                            cat_item: 'e1f357274cdb4466b21165c67e64108f'
                            variable_set: 'NULL'
                            name: 'purpose'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fff1a16a2ed9412fbfdcebad6dd2755f'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                            language: 'en'
                        }
                    },
                ]
            }
        }
    }
}
